using System.Management.Automation;
using SuggestionDesk.Ledger;
using SuggestionDesk.Localization;
using SuggestionDesk.PowerShell.Localization;
using SuggestionDesk.Services;
using SuggestionDesk.Spreadsheets;

namespace SuggestionDesk.PowerShell.ImportExport;

/// <summary>
/// <para type="synopsis">Imports points (要点) and measures (办理措施) of registered suggestions from a .csv file (UTF-8 or GBK) or an .xlsx sheet: columns 编号, 序号, 要点, 办理措施. Validates every row first.</para>
/// </summary>
[Cmdlet(VerbsData.Import, "SuggestionPoint", SupportsShouldProcess = true)]
[OutputType(typeof(LedgerImportResult))]
public sealed class ImportSuggestionPointCommand : LedgerImportCmdlet
{
    private protected override string FileWord => Messages.FileMeasures;

    private protected override LedgerTable ReadFile(string path, CancellationToken cancellationToken) => LedgerFiles.ReadPoints(path, cancellationToken);

    private protected override string Describe(LedgerTable table) => MessageText.Format(Messages.ImportMeasureRows, table.Rows.Count);

    private protected override Task<LedgerImportResult> ImportAsync(
        LedgerImportService service, LedgerTable table, bool write, IProgress<LedgerImportProgress> progress, CancellationToken cancellationToken) => write
        ? service.ImportPointsAsync(table, SkipInvalid, progress, cancellationToken)
        : service.ValidatePointsAsync(table, SkipInvalid, progress, cancellationToken);
}
