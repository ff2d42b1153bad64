using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace SuggestionDesk.Core.Tests.Localization;

/// <summary>
/// Every project's messages exist in both languages (docs/messages.md): each Localization/Messages.resx has a
/// Messages.zh.resx beside it with the same keys, each key with the same placeholders ({0}, {1:yyyy-MM-dd} ...) and
/// a text in both (a Chinese text may leave a value out when its comment says so: "omits {0}").
/// </summary>
public sealed partial class MessageParityTests
{
    public static TheoryData<string> Projects() => [.. ProjectFolders()];

    [Fact]
    public void TheCoreAndTheModuleHaveMessages()
    {
        var projects = ProjectFolders().ToArray();

        Assert.Contains(Path.Combine("src", "SuggestionDesk.Core"), projects);
        Assert.Contains(Path.Combine("module", "SuggestionDesk.PowerShell"), projects);
    }

    [Theory]
    [MemberData(nameof(Projects))]
    public void EveryKeyIsInBothLanguagesWithTheSamePlaceholders(string project)
    {
        var folder = Path.Combine(Repository.Root, project, "Localization");
        var english = Read(Path.Combine(folder, "Messages.resx"));
        var chinesePath = Path.Combine(folder, "Messages.zh.resx");
        Assert.True(File.Exists(chinesePath), $"{project}: Localization/Messages.resx has no Messages.zh.resx beside it.");
        var chinese = Read(chinesePath);

        var problems = new List<string>();
        problems.AddRange(english.Keys.Except(chinese.Keys).Order(StringComparer.Ordinal).Select(k => $"{k}: in English only"));
        problems.AddRange(chinese.Keys.Except(english.Keys).Order(StringComparer.Ordinal).Select(k => $"{k}: in Chinese only"));
        foreach (var key in english.Keys.Intersect(chinese.Keys).Order(StringComparer.Ordinal))
        {
            var (en, zh) = (english[key], chinese[key]);
            if (string.IsNullOrWhiteSpace(en) || string.IsNullOrWhiteSpace(zh))
            {
                problems.Add($"{key}: empty in {(string.IsNullOrWhiteSpace(en) ? "English" : "Chinese")}");
            }
            else if (!Placeholders(en).SetEquals(Placeholders(zh).Union(Omitted(chinesePath, key))))
            {
                problems.Add($"{key}: placeholders differ: {string.Join(" ", Placeholders(en).Order())} in English, {string.Join(" ", Placeholders(zh).Order())} in Chinese");
            }
        }

        Assert.True(problems.Count == 0, $"{project}: the languages differ:{Environment.NewLine}{string.Join(Environment.NewLine, problems)}");
    }

    [Fact]
    public void ADifferenceIsFound()
    {
        var folder = Directory.CreateTempSubdirectory("sd-messages-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(folder, "a.resx"), Resx(("Same", "{0} on {1:yyyy-MM-dd}"), ("OnlyEnglish", "x")));
            File.WriteAllText(Path.Combine(folder, "b.resx"), Resx(("Same", "{1:yyyy-MM-dd} 的 {0}")));

            var (english, chinese) = (Read(Path.Combine(folder, "a.resx")), Read(Path.Combine(folder, "b.resx")));

            Assert.Equal(["OnlyEnglish"], english.Keys.Except(chinese.Keys));
            Assert.True(Placeholders(english["Same"]).SetEquals(Placeholders(chinese["Same"])));
            Assert.False(Placeholders("{0} {1}").SetEquals(Placeholders("{0}")));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static IEnumerable<string> ProjectFolders() =>
        MessageFiles().Select(f => Path.GetRelativePath(Repository.Root, Path.GetDirectoryName(Path.GetDirectoryName(f))!));

    internal static IEnumerable<string> MessageFiles() =>
        new[] { "src", "module", "functions" }
            .SelectMany(top => Directory.EnumerateFiles(Path.Combine(Repository.Root, top), "Messages.resx", SearchOption.AllDirectories))
            .Where(f => Path.GetFileName(Path.GetDirectoryName(f)) == "Localization" && !IsBuildOutput(f))
            .Order(StringComparer.Ordinal);

    internal static Dictionary<string, string> Read(string path) =>
        XDocument.Load(path).Root!.Elements("data").ToDictionary(d => (string)d.Attribute("name")!, d => (string?)d.Element("value") ?? string.Empty, StringComparer.Ordinal);

    // A translation may leave a value out on purpose (主办件 needs no "Lead"): its <comment> says "omits {0}".
    private static HashSet<string> Omitted(string path, string key) =>
        [.. XDocument.Load(path).Root!.Elements("data").Where(d => (string?)d.Attribute("name") == key)
            .SelectMany(d => Placeholders((string?)d.Element("comment") ?? string.Empty))];

    private static bool IsBuildOutput(string path) =>
        path.Split(Path.DirectorySeparatorChar).Any(part => part is "bin" or "obj");

    private static HashSet<string> Placeholders(string text) => [.. Placeholder().Matches(text).Select(m => m.Value)];

    private static string Resx(params (string Name, string Value)[] entries) =>
        new XDocument(new XElement("root", entries.Select(e => new XElement("data", new XAttribute("name", e.Name), new XElement("value", e.Value))))).ToString();

    // {0}, {1:yyyy-MM-dd}, {2,-10:N0}; not doubled braces.
    [GeneratedRegex(@"(?<!\{)\{\d+(?:,-?\d+)?(?::[^{}]*)?\}(?!\})", RegexOptions.CultureInvariant)]
    private static partial Regex Placeholder();
}
