using SuggestionDesk.Items;
using SuggestionDesk.Ledger;
using SuggestionDesk.Ports;

namespace SuggestionDesk.Services;

/// <summary>
/// Writes the ledger (台账) back as a table in the import's own columns, in number order, so that importing
/// an export finds every item unchanged.
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
    /// <paramref name="headers"/>. An item given twice (piped twice) is one row, the copy given last.
    /// </summary>
    public static LedgerTable ToTable(IEnumerable<SuggestionItem> items, Language headers = Language.English)
    {
        ArgumentNullException.ThrowIfNull(items);
        var columns = LedgerColumns.All;
        var rows = items
            .GroupBy(i => i.Number)
            .Select(copies => copies.Last())
            .OrderBy(i => i.Number, SuggestionNumberOrder.Instance)
            .Select((item, index) => new LedgerRow(index + 2, LedgerItemCells.Of(item, columns, headers)))
            .ToArray();
        return new LedgerTable(columns.Select(c => c.Header(headers)).ToArray(), rows);
    }
}
