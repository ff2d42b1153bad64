using System.Management.Automation;
using SuggestionDesk.Ledger;
using SuggestionDesk.Localization;
using SuggestionDesk.PowerShell.Localization;
using SuggestionDesk.Services;
using SuggestionDesk.Spreadsheets;

namespace SuggestionDesk.PowerShell.ImportExport;

/// <summary>
/// <para type="synopsis">Imports a ledger (台账) from .csv (UTF-8 or GBK) or .xlsx, with the measures on its sheet 办理措施: validates every row first, then creates and updates items.</para>
/// </summary>
[Cmdlet(VerbsData.Import, "Suggestion", SupportsShouldProcess = true)]
[OutputType(typeof(LedgerImportResult))]
public sealed class ImportSuggestionCommand : LedgerImportCmdlet
{
    private protected override string FileWord => Messages.FileLedger;

    private protected override LedgerTable ReadFile(string path, CancellationToken cancellationToken) => LedgerFiles.Read(path, cancellationToken);

    private protected override string Describe(LedgerTable table) => table.Points is { Rows.Count: > 0 } points
        ? MessageText.Format(Messages.ImportLedgerAndMeasureRows, table.Rows.Count, points.Rows.Count)
        : MessageText.Format(Messages.ImportLedgerRows, table.Rows.Count);

    private protected override Task<LedgerImportResult> ImportAsync(
        LedgerImportService service, LedgerTable table, bool write, IProgress<LedgerImportProgress> progress, CancellationToken cancellationToken) => write
        ? service.ImportAsync(table, SkipInvalid, progress, cancellationToken)
        : service.ValidateAsync(table, SkipInvalid, progress, cancellationToken);
}
