using System.Management.Automation;
using SuggestionDesk.Items;
using SuggestionDesk.Ledger;
using SuggestionDesk.Localization;
using SuggestionDesk.PowerShell.Base;
using SuggestionDesk.PowerShell.Localization;
using SuggestionDesk.PowerShell.Views;
using SuggestionDesk.Services;

namespace SuggestionDesk.PowerShell.ImportExport;

/// <summary>
/// The base of the cmdlets that import a file (a ledger, a file of measures): read it, validate everything first with
/// progress, write only under -WhatIf's consent, then report every error and warning by row and return the result.
/// </summary>
public abstract class LedgerImportCmdlet : SuggestionCmdlet
{
    /// <summary>The file to import.</summary>
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

    /// <summary>What the file is, for messages: "ledger", "file of measures".</summary>
    private protected abstract string FileWord { get; }

    /// <summary>Reads the file at <paramref name="path"/>.</summary>
    private protected abstract LedgerTable ReadFile(string path, CancellationToken cancellationToken);

    /// <summary>What importing <paramref name="table"/> does, for -WhatIf and -Confirm.</summary>
    private protected abstract string Describe(LedgerTable table);

    /// <summary>Imports <paramref name="table"/>, or with <paramref name="write"/> false only checks it.</summary>
    private protected abstract Task<LedgerImportResult> ImportAsync(
        LedgerImportService service, LedgerTable table, bool write, IProgress<LedgerImportProgress> progress, CancellationToken cancellationToken);

    /// <inheritdoc />
    protected override void ExecuteCmdlet()
    {
        var path = GetUnresolvedProviderPathFromPSPath(Path);
        if (Directory.Exists(path))
        {
            // A folder given for its file: name one of the ledgers in it, if there is one.
            var example = Directory.EnumerateFiles(path).Where(f => System.IO.Path.GetExtension(f).ToUpperInvariant() is ".CSV" or ".XLSX").Order(StringComparer.Ordinal).FirstOrDefault();
            throw new ArgumentException(example is null
                ? MessageText.Format(Messages.ImportPathIsEmptyFolder, FileWord, path)
                : MessageText.Format(Messages.ImportPathIsFolder, FileWord, path, example));
        }

        if (!File.Exists(path))
        {
            throw new FileNotFoundException(MessageText.Format(Messages.ImportFileNotFound, FileWord, path), path);
        }

        var name = System.IO.Path.GetFileName(path);
        var table = Read(path, Cancellation);
        var service = new LedgerImportService(CurrentConnection.Storage.Items, ChangeBy(By));
        var pump = new ProgressPump<LedgerImportProgress>(p => new ProgressRecord(1, MessageText.Format(Messages.ImportActivity, name),
            MessageText.Format(p.Phase == LedgerImportPhase.Validating ? Messages.ImportChecking : Messages.ImportWriting, p.Done, p.Total))
        {
            PercentComplete = Math.Clamp((int)p.Percent, 0, 100),
        });
        var write = ShouldChange(path, Describe(table), out var whatIf);
        var result = pump.Wait(this, ImportAsync(service, table, write, pump, Cancellation));
        WriteProgress(new ProgressRecord(1, Messages.ImportActivityDone, Messages.ProgressDone) { RecordType = ProgressRecordType.Completed });

        foreach (var error in result.Errors)
        {
            WriteError(new ErrorRecord(new InvalidDataException(MessageText.Format(Messages.ImportNote, name, error)), "InvalidLedgerRow", ErrorCategory.InvalidData, error));
        }

        foreach (var warning in result.Warnings)
        {
            WriteWarning(MessageText.Format(Messages.ImportNote, name, warning));
        }

        if (result.ErrorsNotListed + result.WarningsNotListed > 0)
        {
            WriteWarning(MessageText.Format(Messages.ImportNotListed, name, result.ErrorsNotListed, result.WarningsNotListed, LedgerImportResult.MaxListed));
        }

        if (whatIf)
        {
            // What the file would change in each stored item, as its history would say it: an office's own fixes that
            // a re-import of an older ledger would undo show here first.
            foreach (var update in result.Updates)
            {
                ShouldChange(MessageText.Format(Messages.TargetSuggestion, update.Number),
                    string.Join(InLanguage.Chinese ? "；" : "; ", update.Changes.Select(c => HistoryText.Describe(c, InLanguage.Chinese))));
            }
        }

        if (result.Refused)
        {
            WriteWarning(result.HeaderRefused
                ? write ? Messages.ImportHeaderRefused : Messages.ImportHeaderWouldBeRefused
                : MessageText.Format(write ? Messages.ImportNothingImported : Messages.ImportNothingWouldBeImported, result.Invalid, result.Rows + result.PointRows));
        }

        WriteObject(result);
    }

    // The readers refuse what they understand to be wrong with InvalidDataException naming the file; anything else
    // they throw on a file from anywhere (a workbook broken in a way nobody foresaw) is refused the same way, its
    // details kept in the inner exception for Get-Error rather than shown as the reader's own text.
    private LedgerTable Read(string path, CancellationToken cancellationToken)
    {
        try
        {
            return ReadFile(path, cancellationToken);
        }
        catch (Exception e) when (e is not (InvalidDataException or IOException or UnauthorizedAccessException or NotSupportedException
            or ArgumentException or OperationCanceledException or OutOfMemoryException))
        {
            throw new InvalidDataException(MessageText.Format(Messages.ImportUnreadable, FileWord, path, e.GetType().Name), e);
        }
    }
}
