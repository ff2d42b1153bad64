using System.Management.Automation;
using SuggestionDesk.Ledger;
using SuggestionDesk.Spreadsheets;
using SuggestionDesk.PowerShell.Base;
using SuggestionDesk.Services;

namespace SuggestionDesk.PowerShell.ImportExport;

/// <summary>
/// <para type="synopsis">Imports a ledger (台账) from .csv (UTF-8 or GBK) or .xlsx: validates every row first, then creates and updates items.</para>
/// </summary>
[Cmdlet(VerbsData.Import, "Suggestion", SupportsShouldProcess = true)]
[OutputType(typeof(LedgerImportResult))]
public sealed class ImportSuggestionCommand : SuggestionCmdlet
{
    /// <summary>The ledger file: .csv (UTF-8 with or without BOM, or GBK as Excel in China saves it) or .xlsx (first sheet).</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [Alias("FullName")]
    public string Path { get; set; } = string.Empty;

    /// <summary>Imports the valid rows and reports the others, instead of writing nothing when any row is invalid.</summary>
    [Parameter]
    public SwitchParameter SkipInvalid { get; set; }

    /// <summary>Who imports, for the history; by default the signed-in user.</summary>
    [Parameter]
    public string? By { get; set; }

    /// <inheritdoc />
    protected override object? ErrorTarget => Path;

    /// <inheritdoc />
    protected override void ExecuteCmdlet()
    {
        var path = GetUnresolvedProviderPathFromPSPath(Path);
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"Ledger file '{path}' was not found. Give the path of a .csv or .xlsx ledger.", path);
        }

        var table = Read(path, Cancellation);
        var service = new LedgerImportService(CurrentConnection.Storage.Items, ChangeBy(By));
        var pump = new ProgressPump<LedgerImportProgress>(p => new ProgressRecord(1, $"Importing {System.IO.Path.GetFileName(path)}",
            p.Phase == LedgerImportPhase.Validating ? $"Checking row {p.Done} of {p.Total}" : $"Writing item {p.Done} of {p.Total}")
        {
            PercentComplete = Math.Clamp((int)p.Percent, 0, 100),
        });
        var write = ShouldProcess(path, $"Import {table.Rows.Count} ledger rows");
        var result = pump.Wait(this, write
            ? service.ImportAsync(table, SkipInvalid, pump, Cancellation)
            : service.ValidateAsync(table, SkipInvalid, pump, Cancellation));
        WriteProgress(new ProgressRecord(1, "Importing", "Done") { RecordType = ProgressRecordType.Completed });

        foreach (var error in result.Errors)
        {
            WriteError(new ErrorRecord(
                new InvalidDataException($"{System.IO.Path.GetFileName(path)}: {error}"),
                "InvalidLedgerRow", ErrorCategory.InvalidData, error));
        }

        foreach (var warning in result.Warnings)
        {
            WriteWarning($"{System.IO.Path.GetFileName(path)}: {warning}");
        }

        if (result.ErrorsNotListed + result.WarningsNotListed > 0)
        {
            WriteWarning($"{System.IO.Path.GetFileName(path)}: {result.ErrorsNotListed:N0} more errors and {result.WarningsNotListed:N0} more warnings are not listed (the first {LedgerImportResult.MaxListed:N0} of each are). Fix those and import again to see the rest.");
        }

        if (result.Refused)
        {
            WriteWarning($"{(write ? "Nothing was imported" : "Nothing would be imported")}: {result.Invalid} of {result.Rows} rows are invalid. Fix them, or import the valid rows with -SkipInvalid.");
        }

        WriteObject(result);
    }

    // The readers refuse what they understand to be wrong with InvalidDataException naming the file; anything else
    // they throw on a file from anywhere (a workbook broken in a way nobody foresaw) is refused the same way, its
    // details kept in the inner exception for Get-Error rather than shown as the reader's own text.
    private static SuggestionDesk.Ledger.LedgerTable Read(string path, CancellationToken cancellationToken)
    {
        try
        {
            return LedgerFiles.Read(path, cancellationToken);
        }
        catch (Exception e) when (e is not (InvalidDataException or IOException or UnauthorizedAccessException or NotSupportedException
            or ArgumentException or OperationCanceledException or OutOfMemoryException))
        {
            throw new InvalidDataException(
                $"Ledger file '{path}' could not be read ({e.GetType().Name}): it is damaged or not a ledger this module reads. Open it in Excel, save it again as .xlsx or CSV UTF-8, and import that file.", e);
        }
    }
}
