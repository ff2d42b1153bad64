using System.Management.Automation;
using SuggestionDesk.Ledger;
using SuggestionDesk.Ledger.Files;
using SuggestionDesk.Ports;
using SuggestionDesk.PowerShell.Base;
using SuggestionDesk.PowerShell.Completion;
using SuggestionDesk.Services;

namespace SuggestionDesk.PowerShell.Ledger;

/// <summary>
/// <para type="synopsis">Exports the ledger (台账) to .csv or .xlsx in the columns Import-Suggestion reads, so export then import changes nothing.</para>
/// </summary>
[Cmdlet(VerbsData.Export, "Suggestion", SupportsShouldProcess = true)]
[OutputType(typeof(FileInfo))]
public sealed class ExportSuggestionCommand : SuggestionCmdlet
{
    /// <summary>The file to write: .csv (UTF-8 with BOM, which Excel opens correctly) or .xlsx.</summary>
    [Parameter(Mandatory = true, Position = 0)]
    public string Path { get; set; } = string.Empty;

    /// <summary>Only this session.</summary>
    [Parameter]
    [ArgumentCompleter(typeof(SessionCompleter))]
    public string? Session { get; set; }

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
        var path = GetUnresolvedProviderPathFromPSPath(Path);
        LedgerFiles.ForPath(path);
        if (NoClobber && File.Exists(path))
        {
            throw new IOException($"Ledger file '{path}' exists and -NoClobber was given. Choose another path, or leave out -NoClobber to replace it.");
        }

        if (!ShouldProcess(path, "Export the ledger"))
        {
            return;
        }

        var headers = ChineseHeaders ? LedgerHeaders.Chinese : LedgerHeaders.English;
        var table = Run(new LedgerExportService(CurrentConnection.Storage.Items).ExportAsync(new ItemQuery { Session = Session }, headers, Cancellation));
        LedgerFiles.Write(path, table);
        WriteObject(new FileInfo(path));
    }
}
