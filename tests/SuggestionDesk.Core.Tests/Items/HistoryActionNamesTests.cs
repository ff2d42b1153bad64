using System.Text.RegularExpressions;

namespace SuggestionDesk.Core.Tests.Items;

/// <summary>Every action an item records has the Chinese name its history view shows.</summary>
public sealed partial class HistoryActionNamesTests
{
    [Fact]
    public void EveryActionTheItemRecordsHasAChineseName()
    {
        // The actions are the string literals on the lines that record an entry: Apply("SignFor", …),
        // Apply(approve ? "ApproveReturn" : "RejectReturn", …), new(…, by.Actor, "Remove", …).
        var recorded = Directory.EnumerateFiles(Path.Combine(Repository.Root, "src", "SuggestionDesk.Core", "Items"), "SuggestionItem*.cs")
            .SelectMany(File.ReadLines)
            .Where(line => line.Contains("Apply(", StringComparison.Ordinal) || line.Contains("Actor, \"", StringComparison.Ordinal))
            .SelectMany(line => ActionLiteral().Matches(line).Select(m => m.Groups[1].Value))
            .ToHashSet(StringComparer.Ordinal);

        Assert.Contains("SignFor", recorded);
        Assert.Contains("RecordContact", recorded);
        Assert.Empty(recorded.Except(HistoryActionNames.Actions));
        Assert.Equal("签收", HistoryActionNames.ChineseName("SignFor"));
        Assert.Equal("SomethingNew", HistoryActionNames.ChineseName("SomethingNew"));
    }

    [GeneratedRegex(@"(?<!FieldChange\()""([A-Z][A-Za-z]+)""", RegexOptions.CultureInvariant)]
    private static partial Regex ActionLiteral();
}
