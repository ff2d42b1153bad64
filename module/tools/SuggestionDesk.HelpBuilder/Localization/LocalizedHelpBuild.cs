using System.Text.RegularExpressions;
using SuggestionDesk.HelpBuilder.Coverage;
using SuggestionDesk.HelpBuilder.Model;

namespace SuggestionDesk.HelpBuilder.Localization;

/// <summary>The help of one language: its culture folder, its cmdlets' help and its about topics (file paths).</summary>
/// <param name="Culture">The folder's name, e.g. <c>zh-CN</c>.</param>
/// <param name="Commands">The help of every doc that parsed.</param>
/// <param name="Unreadable">The cmdlet names of the docs that did not parse.</param>
/// <param name="AboutTopics">The paths of its <c>about_*.help.txt</c> files.</param>
public sealed record CultureHelp(string Culture, IReadOnlyList<CommandHelp> Commands, IReadOnlyList<string> Unreadable, IReadOnlyList<string> AboutTopics);

/// <summary>The outcome of reading a docs folder with one subfolder per language.</summary>
/// <param name="Cultures">Every language, the reference language first.</param>
/// <param name="Problems">What stops the build, each with its file relative to the docs folder (<c>zh-CN/Get-Suggestion.md</c>).</param>
public sealed record LocalizedHelpBuildResult(IReadOnlyList<CultureHelp> Cultures, IReadOnlyList<HelpProblem> Problems)
{
    /// <summary>True when there is nothing to fix and the help may be written.</summary>
    public bool Succeeded => Problems.Count == 0;
}

/// <summary>
/// Reads docs written in several languages, one folder per culture (<c>en-US/</c>, <c>zh-CN/</c>), each a complete
/// docs folder with its about topics (<c>about_*.help.txt</c>). Every language must document every cmdlet,
/// parameter and example and carry every about topic: en-US is the reference the others are compared with.
/// </summary>
public static partial class LocalizedHelpBuild
{
    /// <summary>The language the docs are written in first, and the one PowerShell falls back to.</summary>
    public const string ReferenceCulture = "en-US";

    /// <summary>The about topics of a culture folder.</summary>
    public const string AboutTopicPattern = "about_*.help.txt";

    /// <summary>True when <paramref name="docsFolder"/> holds a folder per language rather than docs.</summary>
    public static bool IsLocalized(string docsFolder) => Directory.Exists(Path.Combine(docsFolder, ReferenceCulture));

    /// <summary>Reads and checks every culture folder of <paramref name="docsFolder"/>.</summary>
    /// <param name="docsFolder">Where the culture folders are, e.g. <c>module/docs</c>.</param>
    /// <param name="cmdlets">The module's cmdlets to check each language against, or null to skip that check.</param>
    public static LocalizedHelpBuildResult FromFolder(string docsFolder, IReadOnlyList<CmdletDefinition>? cmdlets)
    {
        var problems = new List<HelpProblem>();
        foreach (var stray in Directory.EnumerateFiles(docsFolder, "*.md").Select(Path.GetFileName).OfType<string>()
                     .Where(f => !f.Equals("README.md", StringComparison.OrdinalIgnoreCase)).Order(StringComparer.Ordinal))
        {
            problems.Add(new(stray, $"a doc outside the language folders is not built; move it to {ReferenceCulture}/{stray} and translate it into the other languages."));
        }

        var folders = new List<string>();
        foreach (var folder in Directory.EnumerateDirectories(docsFolder).Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal))
        {
            if (IsCultureName(folder))
            {
                folders.Add(folder);
            }
            else
            {
                problems.Add(new(folder + "/", $"'{folder}' is not a language folder (a culture name such as {ReferenceCulture} or zh-CN); rename it or move it out of the docs."));
            }
        }

        folders.Sort((a, b) => (b == ReferenceCulture).CompareTo(a == ReferenceCulture));
        var cultures = new List<CultureHelp>();
        foreach (var culture in folders)
        {
            var path = Path.Combine(docsFolder, culture);
            var result = HelpBuild.FromFolder(path, cmdlets);
            problems.AddRange(result.Problems.Select(p => InFolder(culture, p)));
            var topics = Directory.EnumerateFiles(path, AboutTopicPattern).Order(StringComparer.Ordinal).ToList();
            foreach (var empty in topics.Where(t => new FileInfo(t).Length == 0 || File.ReadAllText(t).Trim().Length == 0))
            {
                problems.Add(new($"{culture}/{Path.GetFileName(empty)}", "the about topic is empty; write it or delete it in every language."));
            }

            var unreadable = result.Problems.Where(p => File.Exists(Path.Combine(path, p.File)))
                .Select(p => Path.GetFileNameWithoutExtension(p.File))
                .Where(name => !result.Commands.Any(c => c.Name.Equals(name, StringComparison.OrdinalIgnoreCase)))
                .ToList();
            cultures.Add(new CultureHelp(culture, result.Commands, unreadable, topics));
        }

        if (cultures.Count > 1)
        {
            var reference = cultures[0];
            foreach (var translation in cultures.Skip(1))
            {
                problems.AddRange(TranslationCheck.Compare(reference.Commands, translation.Commands, ReferenceCulture, [.. reference.Unreadable, .. translation.Unreadable]).Select(p => InFolder(translation.Culture, p)));
                problems.AddRange(CompareTopics(reference, translation));
            }
        }

        return new LocalizedHelpBuildResult(cultures, problems);
    }

    private static IEnumerable<HelpProblem> CompareTopics(CultureHelp reference, CultureHelp translation)
    {
        var expected = reference.AboutTopics.Select(Path.GetFileName).OfType<string>().ToList();
        var actual = translation.AboutTopics.Select(Path.GetFileName).OfType<string>().ToList();
        foreach (var missing in expected.Except(actual, StringComparer.OrdinalIgnoreCase))
        {
            yield return new($"{translation.Culture}/{missing}", $"missing: {reference.Culture}/{missing} has no translation here; write it.");
        }

        foreach (var extra in actual.Except(expected, StringComparer.OrdinalIgnoreCase))
        {
            yield return new($"{translation.Culture}/{extra}", $"{reference.Culture} has no {extra}; write it there too or delete this one.");
        }
    }

    private static HelpProblem InFolder(string culture, HelpProblem problem) => problem with { File = $"{culture}/{problem.File}" };

    // By its shape (en-US, zh-CN, zh-Hans): the build machine's culture data (ICU, or none) plays no part.
    private static bool IsCultureName(string name) => CultureName().IsMatch(name);

    [GeneratedRegex("^[a-z]{2,3}(-[A-Z][a-z]{3})?(-[A-Z]{2})?$", RegexOptions.CultureInvariant)]
    private static partial Regex CultureName();
}
