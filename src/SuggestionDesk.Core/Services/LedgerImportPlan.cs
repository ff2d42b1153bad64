using SuggestionDesk.Ledger;

namespace SuggestionDesk.Services;

/// <summary>The validated rows of one import (a ledger, its measures, or measures alone), and the result they add up to.</summary>
internal sealed class LedgerImportPlan(LedgerValidation? items, PointValidation? points)
{
    private readonly List<LedgerRowOutcome> outcomes = [];
    private readonly LedgerPointErrors pointErrors = new();

    /// <summary>The items that passed, each with what to write.</summary>
    public IEnumerable<LedgerRowOutcome> Rows => outcomes.Where(o => o.IsValid);

    /// <summary>Whether a header row is unusable: nothing can be read from that table.</summary>
    public bool HeaderFailed => items?.HeaderFailed == true || points?.HeaderFailed == true;

    /// <summary>Errors on rows of measures that are not about one item's points (an unknown number).</summary>
    public LedgerPointErrors PointErrors => pointErrors;

    /// <summary>Rows with an error, by table (all rows of a table whose header is unusable).</summary>
    public IReadOnlySet<(bool OnPoints, int Row)> InvalidRows
    {
        get
        {
            var rows = new HashSet<(bool, int)>();
            if (items is not null)
            {
                rows.UnionWith((items.HeaderFailed ? Enumerable.Range(0, items.RowCount) : ItemErrors.Select(e => e.Row).Concat(items.RefusedRows))
                    .Select(r => (false, r)));
            }

            if (points is not null)
            {
                var refused = outcomes.SelectMany(o => o.PointErrors.Rows).Concat(pointErrors.Rows).Concat(points.RefusedRows)
                    .Concat(points.Errors.Select(e => e.Row)).Concat(outcomes.Where(o => o.FromPoints).SelectMany(o => o.Errors).Select(e => e.Row));
                rows.UnionWith((points.HeaderFailed ? Enumerable.Range(0, points.RowCount) : refused).Select(r => (true, r)));
            }

            return rows;
        }
    }

    /// <summary>
    /// Whether the import is refused: an unusable header row always, even when no data row follows it (an empty
    /// file, a file of blank lines would otherwise "import" nothing without a word); invalid rows unless skipped.
    /// </summary>
    public bool Refuses(bool skipInvalid) => HeaderFailed || (InvalidRows.Count > 0 && !skipInvalid);

    public void Add(IEnumerable<LedgerRowOutcome> rows) => outcomes.AddRange(rows);

    public LedgerImportResult Result(bool refused)
    {
        var valid = Rows.ToArray();
        // A ledger read from a workbook's other sheet (behind a 说明 page) names it in its errors and warnings.
        var sheet = items?.SheetName;
        var errors = ItemErrors.Select(e => sheet is null || e.Sheet is not null ? e : e with { Sheet = sheet }).OrderBy(e => e.Row)
            .Concat(PointErrorsAll.OrderBy(e => e.Row)).ToArray();
        var warnings = (items?.Warnings ?? []).Concat(outcomes.SelectMany(o => o.Warnings))
            .Select(w => sheet is null || w.Sheet is not null ? w : w with { Sheet = sheet }).OrderBy(w => w.Row)
            .Concat((points?.Warnings ?? []).OrderBy(w => w.Row)).ToArray();
        return new LedgerImportResult
        {
            Rows = items?.RowCount ?? 0,
            PointRows = points?.RowCount ?? 0,
            Created = refused ? 0 : valid.Count(o => o.IsNew),
            Updated = refused ? 0 : valid.Count(o => !o.IsNew && o.Changed),
            Unchanged = refused ? 0 : valid.Count(o => !o.Changed),
            Invalid = InvalidRows.Count,
            Refused = refused,
            HeaderRefused = refused && HeaderFailed,
            Errors = errors.Take(LedgerImportResult.MaxListed).ToArray(),
            Warnings = warnings.Take(LedgerImportResult.MaxListed).ToArray(),
            ErrorsNotListed = Math.Max(0, errors.Length - LedgerImportResult.MaxListed),
            WarningsNotListed = Math.Max(0, warnings.Length - LedgerImportResult.MaxListed),
            Updates = valid.Where(o => o.Changes.Count > 0).Take(LedgerImportResult.MaxListed)
                .Select(o => new LedgerUpdate(o.Item!.Number.Value, o.Changes)).ToArray(),
        };
    }

    private IEnumerable<LedgerError> ItemErrors => (items?.Errors ?? []).Concat(outcomes.Where(o => !o.FromPoints).SelectMany(o => o.Errors));

    private IEnumerable<LedgerError> PointErrorsAll =>
        (points?.Errors ?? []).Concat(outcomes.SelectMany(o => o.PointErrors.Errors)).Concat(pointErrors.Errors)
            .Concat(outcomes.Where(o => o.FromPoints).SelectMany(o => o.Errors));
}
