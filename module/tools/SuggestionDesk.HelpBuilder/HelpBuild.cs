using SuggestionDesk.HelpBuilder.Coverage;
using SuggestionDesk.HelpBuilder.Markdown;
using SuggestionDesk.HelpBuilder.Model;

namespace SuggestionDesk.HelpBuilder;

/// <summary>The outcome of reading a docs folder: the help of every doc, or the problems that stop the build.</summary>
public sealed record HelpBuildResult(IReadOnlyList<CommandHelp> Commands, IReadOnlyList<HelpProblem> Problems)
{
    /// <summary>True when there is nothing to fix and the help file may be written.</summary>
    public bool Succeeded => Problems.Count == 0;
}

/// <summary>Reads every cmdlet doc of a folder and, given the module's cmdlets, checks the docs cover them exactly.</summary>
public static class HelpBuild
{
    /// <summary>
    /// Reads the <c>*.md</c> files of <paramref name="docsFolder"/> (not its subfolders). README.md and a platyPS module
    /// page (front matter with <c>Module Guid</c>) are not cmdlet docs and are skipped.
    /// </summary>
    /// <param name="docsFolder">Where the docs are, e.g. <c>module/docs</c>.</param>
    /// <param name="cmdlets">The module's cmdlets to check the docs against, or null to skip that check.</param>
    public static HelpBuildResult FromFolder(string docsFolder, IReadOnlyList<CmdletDefinition>? cmdlets)
    {
        var results = Directory.EnumerateFiles(docsFolder, "*.md")
            .Where(IsCmdletDoc)
            .Order(StringComparer.Ordinal)
            .Select(MarkdownHelpParser.ParseFile)
            .ToList();
        var problems = results.SelectMany(r => r.Problems).ToList();
        var commands = results.Select(r => r.Help).OfType<CommandHelp>().ToList();
        if (results.Count == 0)
        {
            problems.Add(new HelpProblem("*.md", "no cmdlet docs in this folder; every cmdlet needs one, named Verb-Noun.md."));
        }

        if (cmdlets is not null)
        {
            // Only docs that parsed can be compared; a doc that failed is reported above and not called missing here.
            var failed = results.Where(r => !r.Succeeded).Select(r => Path.GetFileNameWithoutExtension(r.File));
            var comparable = cmdlets.Where(c => !failed.Contains(c.Name, StringComparer.OrdinalIgnoreCase)).ToList();
            problems.AddRange(CoverageCheck.Compare(commands, comparable));
        }

        return new HelpBuildResult(commands, problems);
    }

    private static bool IsCmdletDoc(string path) =>
        !Path.GetFileName(path).Equals("README.md", StringComparison.OrdinalIgnoreCase)
        && !MarkdownDocument.Parse(File.ReadAllText(path)).FrontMatter.ContainsKey("Module Guid");
}
