using SuggestionDesk.HelpBuilder.Coverage;
using SuggestionDesk.HelpBuilder.Localization;
using SuggestionDesk.HelpBuilder.Maml;
using SuggestionDesk.HelpBuilder.Model;

namespace SuggestionDesk.HelpBuilder;

/// <summary>
/// The command line: <c>&lt;docs folder&gt; &lt;output .dll-Help.xml&gt; [--assembly &lt;module dll&gt;]</c>. When the docs
/// folder holds a folder per language (<c>en-US/</c>, <c>zh-CN/</c>), each language is written to a culture folder
/// beside the output's name (<c>&lt;module&gt;/zh-CN/SuggestionDesk.dll-Help.xml</c>) with its about topics.
/// </summary>
public static class HelpBuilderCommand
{
    /// <summary>The help file was written.</summary>
    public const int Written = 0;

    /// <summary>A doc is incomplete or disagrees with the module; nothing was written.</summary>
    public const int DocProblems = 1;

    /// <summary>The command line was wrong or a path could not be read; nothing was written.</summary>
    public const int UsageError = 2;

    private const string Usage =
        "usage: SuggestionDesk.HelpBuilder <docs folder> <output .dll-Help.xml> [--assembly <module .dll>]";

    /// <summary>Runs the tool; messages go to <paramref name="output"/>, problems to <paramref name="error"/>.</summary>
    public static int Run(IReadOnlyList<string> args, TextWriter output, TextWriter error)
    {
        var positional = new List<string>();
        string? assembly = null;
        for (var i = 0; i < args.Count; i++)
        {
            if (args[i] == "--assembly" && i + 1 < args.Count)
            {
                assembly = args[++i];
            }
            else if (args[i].StartsWith("--", StringComparison.Ordinal))
            {
                error.WriteLine($"unknown option '{args[i]}'.\n{Usage}");
                return UsageError;
            }
            else
            {
                positional.Add(args[i]);
            }
        }

        if (positional is not [var docs, var helpFile])
        {
            error.WriteLine(Usage);
            return UsageError;
        }

        if (!Directory.Exists(docs))
        {
            error.WriteLine($"the docs folder '{Path.GetFullPath(docs)}' does not exist.");
            return UsageError;
        }

        if (assembly is not null && !File.Exists(assembly))
        {
            error.WriteLine($"the module assembly '{Path.GetFullPath(assembly)}' does not exist; build the module first.");
            return UsageError;
        }

        var cmdlets = assembly is null ? null : CmdletAssemblyReader.Read(assembly);
        var checkedAgainst = cmdlets is null ? string.Empty : ", checked against " + Path.GetFileName(assembly);
        if (LocalizedHelpBuild.IsLocalized(docs))
        {
            return RunLocalized(docs, helpFile, cmdlets, checkedAgainst, output, error);
        }

        var result = HelpBuild.FromFolder(docs, cmdlets);
        if (!result.Succeeded)
        {
            return Report(docs, result.Problems, error);
        }

        MamlWriter.Write(result.Commands, helpFile);
        output.WriteLine($"wrote {helpFile}: help for {result.Commands.Count} cmdlet(s){checkedAgainst}.");
        return Written;
    }

    private static int RunLocalized(string docs, string helpFile, IReadOnlyList<CmdletDefinition>? cmdlets, string checkedAgainst, TextWriter output, TextWriter error)
    {
        var result = LocalizedHelpBuild.FromFolder(docs, cmdlets);
        if (!result.Succeeded)
        {
            return Report(docs, result.Problems, error);
        }

        // PowerShell looks for help in the folder of the UI culture, then its parents, then en-US.
        var moduleFolder = Path.GetDirectoryName(Path.GetFullPath(helpFile))!;
        foreach (var culture in result.Cultures)
        {
            var folder = Path.Combine(moduleFolder, culture.Culture);
            var path = Path.Combine(folder, Path.GetFileName(helpFile));
            MamlWriter.Write(culture.Commands, path);
            foreach (var topic in culture.AboutTopics)
            {
                File.Copy(topic, Path.Combine(folder, Path.GetFileName(topic)), overwrite: true);
            }

            output.WriteLine($"wrote {path}: help for {culture.Commands.Count} cmdlet(s) and {culture.AboutTopics.Count} about topic(s){checkedAgainst}.");
        }

        return Written;
    }

    private static int Report(string docs, IReadOnlyList<HelpProblem> problems, TextWriter error)
    {
        foreach (var problem in problems)
        {
            // "path: error: message", the form editors and CI logs pick out as an error on that file.
            error.WriteLine($"{Path.Combine(docs, problem.File)}: error: {problem.Message}");
        }

        error.WriteLine($"help not written: {problems.Count} problem(s) in the docs under {docs}.");
        return DocProblems;
    }
}
