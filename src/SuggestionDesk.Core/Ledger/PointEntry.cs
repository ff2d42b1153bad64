using SuggestionDesk.Items;

namespace SuggestionDesk.Ledger;

/// <summary>
/// One point of an item as the measures' rows give it: its row (and the rows under it that continue its measures), the
/// item's number, the point's number, and its wording and measures. For the wording and the measures, null means the
/// file says nothing (no such column, or an empty wording: the recorded one stays), while empty measures clear them.
/// </summary>
internal sealed class PointEntry(LedgerRow row, LedgerHeaderMap map, string? sheet)
{
    private readonly List<string> measureParts = [];

    /// <summary>The row it starts on, as Excel shows it.</summary>
    public int Row => Source.Number;

    /// <summary>The row it starts on.</summary>
    public LedgerRow Source { get; } = row;

    /// <summary>Every row it spans: its own and those continuing its measures.</summary>
    public List<int> Rows { get; } = [row.Number];

    public required SuggestionNumber Number { get; init; }

    /// <summary>The point's number, from 1.</summary>
    public required int Index { get; init; }

    /// <summary>The wording; null to keep the recorded one.</summary>
    public string? Title { get; init; }

    /// <summary>Whether the file has a measures column.</summary>
    public bool HasMeasures => map.Has(PointColumns.Measure);

    /// <summary>The measures as paragraphs joined by line breaks, empty when none are given; null when the file has no measures column.</summary>
    public string? Measures => HasMeasures ? Paragraphs.Normalize(string.Join('\n', measureParts)) ?? string.Empty : null;

    /// <summary>Adds the measures of its own row or of a row continuing them.</summary>
    public void AddMeasures(string text) => measureParts.Add(text);

    /// <summary>An error on <paramref name="column"/> of its first row, quoting <paramref name="value"/>.</summary>
    public LedgerError Error(LedgerColumn column, string value, string expected) =>
        new(Row, map.HeaderOf(column), value, expected) { Number = Number.Value, Sheet = sheet };

    /// <summary>An error on <paramref name="column"/> of its first row, quoting the cell.</summary>
    public LedgerError Error(LedgerColumn column, string expected) => Error(column, map.ValueOf(Source, column), expected);
}
