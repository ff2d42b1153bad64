using System.Management.Automation;
using SuggestionDesk.Files;
using SuggestionDesk.Items;
using SuggestionDesk.Ledger;
using SuggestionDesk.Localization;
using SuggestionDesk.Ports;
using SuggestionDesk.PowerShell.Base;
using SuggestionDesk.PowerShell.Completion;
using SuggestionDesk.PowerShell.Localization;
using SuggestionDesk.Services;
using SuggestionDesk.Spreadsheets;

namespace SuggestionDesk.PowerShell.ImportExport;

/// <summary>
/// <para type="synopsis">Exports the ledger (台账), or the items piped to it, to .csv or .xlsx in the columns Import-Suggestion reads, so export then import changes nothing.</para>
/// </summary>
[Cmdlet(VerbsData.Export, "Suggestion", SupportsShouldProcess = true)]
[OutputType(typeof(FileInfo))]
public sealed class ExportSuggestionCommand : SuggestionCmdlet
{
    // Piped items are gathered and written once, at the end: a ledger is one file, not one per item.
    private readonly List<SuggestionItem> piped = [];

    /// <summary>The file to write: .csv (UTF-8 with BOM, which Excel opens correctly) or .xlsx.</summary>
    [Parameter(Mandatory = true, Position = 0)]
    public string Path { get; set; } = string.Empty;

    /// <summary>Items to export (from Get-Suggestion); when piped, only these are written (and of them, those -Session and -Department select).</summary>
    [Parameter(ValueFromPipeline = true)]
    public SuggestionItem[]? InputObject { get; set; }

    /// <summary>Only this session.</summary>
    [Parameter]
    [ArgumentCompleter(typeof(SessionCompleter))]
    public string? Session { get; set; }

    /// <summary>Only this department (处室), exactly as recorded.</summary>
    [Parameter]
    [ArgumentCompleter(typeof(DepartmentCompleter))]
    public string? Department { get; set; }

    /// <summary>Writes the Chinese column headers (编号, 标题 ...) instead of the English ones.</summary>
    [Parameter]
    public SwitchParameter ChineseHeaders { get; set; }

    /// <summary>Refuses to replace an existing file.</summary>
    [Parameter]
    public SwitchParameter NoClobber { get; set; }

    /// <inheritdoc />
    protected override object? ErrorTarget => Path;

    /// <inheritdoc />
    protected override void ExecuteCmdlet()
    {
        if (InputObject is { } items)
        {
            piped.AddRange(items.Where(i => i is not null));
        }
    }

    /// <inheritdoc />
    protected override void EndProcessing()
    {
        try
        {
            Export();
        }
        catch (Exception e) when (e is not PipelineStoppedException && ErrorRecordFor(e) is { } record)
        {
            WriteError(record);
        }
    }

    private void Export()
    {
        var path = GetUnresolvedProviderPathFromPSPath(Path);
        LedgerFiles.ForPath(path);
        if (NoClobber && File.Exists(path))
        {
            throw new IOException(MessageText.Format(Messages.ExportNoClobber, path));
        }

        // Piped items mean "these items": with nothing piped (an empty Get-Suggestion), nothing is written, not the whole ledger.
        var fromPipeline = MyInvocation.BoundParameters.ContainsKey(nameof(InputObject)) || MyInvocation.ExpectingInput;
        var selected = piped.Where(i => (Session is null || i.Session == Session) && (Department is null || i.Department == Department)).ToList();
        if (fromPipeline && selected.Count == 0)
        {
            WriteWarning(MessageText.Format(Messages.ExportNothingPiped, path));
            return;
        }

        var what = fromPipeline ? MessageText.Format(Messages.ActionExportPiped, selected.DistinctBy(i => i.Number).Count()) : Messages.ActionExportLedger;
        if (!ShouldChange(path, what))
        {
            return;
        }

        var headers = ChineseHeaders ? Language.Chinese : Language.English;
        var table = fromPipeline
            ? LedgerExportService.ToTable(selected, headers)
            : Run(new LedgerExportService(CurrentConnection.Storage.Items).ExportAsync(
                new ItemQuery { Session = Session, Department = Department }, headers, Cancellation));
        try
        {
            LedgerFiles.Write(path, table);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new OutputNotWritableException(path, e);
        }

        WriteObject(new FileInfo(path));
    }
}
