using System.Text.RegularExpressions;

namespace SuggestionDesk.Core.Tests;

/// <summary>
/// The core and the store speak to every host (the module, the timers): their messages name no cmdlet and no
/// PowerShell parameter. A host adds its own hint (the module's error records do).
/// </summary>
public sealed partial class HostNeutralMessageTests
{
    [Theory]
    [InlineData("SuggestionDesk.Core")]
    [InlineData("SuggestionDesk.Storage")]
    public void NoStringInTheLibraryNamesACmdletOrAPowerShellParameter(string project)
    {
        var found = Directory.EnumerateFiles(Path.Combine(Repository.Root, "src", project), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .SelectMany(f => File.ReadLines(f).Select((line, i) => (File: Path.GetFileName(f), Line: i + 1, Text: line.Trim())))
            .Where(l => !l.Text.StartsWith("//", StringComparison.Ordinal) && l.Text.Contains('"') && HostWords().IsMatch(l.Text))
            .Select(l => $"{l.File}:{l.Line}: {l.Text}")
            .ToArray();

        Assert.True(found.Length == 0, "Host-specific words in messages:" + Environment.NewLine + string.Join(Environment.NewLine, found));
    }

    [Theory]
    [InlineData("SuggestionDesk.Core")]
    [InlineData("SuggestionDesk.Storage")]
    public void NoMessageInEitherLanguageNamesACmdletOrAPowerShellParameter(string project)
    {
        var found = Localization.MessageParityTests.MessageFiles()
            .Where(f => f.StartsWith(Path.Combine(Repository.Root, "src", project) + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            .SelectMany(f => new[] { f, Path.ChangeExtension(f, ".zh.resx") })
            .Where(File.Exists)
            .SelectMany(f => Localization.MessageParityTests.Read(f).Select(m => (File: Path.GetFileName(f), m.Key, m.Value)))
            .Where(m => HostWords().IsMatch(m.Value) || ParameterInText().IsMatch(m.Value))
            .Select(m => $"{m.File} {m.Key}: {m.Value}")
            .ToArray();

        Assert.True(found.Length == 0, "Host-specific words in messages:" + Environment.NewLine + string.Join(Environment.NewLine, found));
    }

    // Verb-Suggestion cmdlet names, "-Force"-style parameters in a message, and the host itself.
    [GeneratedRegex(@"\b(Get|Set|New|Remove|Import|Export|Send|Add|Confirm|Publish|Request|Approve|Deny|Connect)-Suggestion|""[^""]*\s-[A-Z][a-zA-Z]+\b|PowerShell", RegexOptions.CultureInvariant)]
    private static partial Regex HostWords();

    // A "-Force"-style parameter anywhere in a message's text, bare or in brackets (the texts of .resx files are not quoted).
    [GeneratedRegex(@"(?:^|[\s(（\[])-[A-Z][a-zA-Z]+\b", RegexOptions.CultureInvariant)]
    private static partial Regex ParameterInText();
}
