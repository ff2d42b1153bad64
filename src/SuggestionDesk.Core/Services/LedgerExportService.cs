using SuggestionDesk.Items;
using SuggestionDesk.Ledger;
using SuggestionDesk.Ports;

namespace SuggestionDesk.Services;

/// <summary>
/// Writes the ledger (台账) back as a table in the import's own columns, in number order, with the items' measures
/// (办理措施) as a second table, so that importing an export finds every item unchanged.
/// </summary>
public sealed class LedgerExportService(ISuggestionStore store)
{
    /// <summary>The items matching <paramref name="query"/> (default: all) as a ledger with headers in <paramref name="headers"/>.</summary>
    public async Task<LedgerTable> ExportAsync(
        ItemQuery? query = null, Language headers = Language.English, CancellationToken cancellationToken = default)
    {
        var items = new List<SuggestionItem>();
        await foreach (var item in store.QueryAsync(query ?? ItemQuery.All, cancellationToken).ConfigureAwait(false))
        {
            items.Add(item);
        }

        return ToTable(items, headers);
    }

    /// <summary>
    /// <paramref name="items"/> as a ledger in number order (<see cref="SuggestionNumberOrder"/>), with headers in
    /// <paramref name="headers"/>, and their points and measures as <see cref="LedgerTable.Points"/> (headers only when
    /// none has points, so an office can fill them in). An item given twice (piped twice) is one row, the copy given last.
    /// </summary>
    public static LedgerTable ToTable(IEnumerable<SuggestionItem> items, Language headers = Language.English)
    {
        ArgumentNullException.ThrowIfNull(items);
        var columns = LedgerColumns.All;
        var ordered = items
            .GroupBy(i => i.Number)
            .Select(copies => copies.Last())
            .OrderBy(i => i.Number, SuggestionNumberOrder.Instance)
            .ToArray();
        var rows = ordered.Select((item, index) => new LedgerRow(index + 2, LedgerItemCells.Of(item, columns, headers))).ToArray();
        return new LedgerTable(columns.Select(c => c.Header(headers)).ToArray(), rows) { Points = PointsTable(ordered, headers) };
    }

    /// <summary>The points of <paramref name="items"/>, one row each (编号, 序号, 要点, 办理措施), in the items' order.</summary>
    private static LedgerTable PointsTable(IEnumerable<SuggestionItem> items, Language headers)
    {
        var rows = items
            .SelectMany(item => item.SubPoints.Select((point, i) => (IReadOnlyList<string>)
                [item.Number.Value, (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), point.Title, point.Measures ?? string.Empty]))
            .Select((cells, index) => new LedgerRow(index + 2, cells))
            .ToArray();
        return new LedgerTable(PointColumns.All.Select(c => c.Header(headers)).ToArray(), rows) { SheetName = PointColumns.SheetName };
    }
}
