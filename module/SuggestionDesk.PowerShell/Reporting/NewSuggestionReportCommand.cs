using System.Management.Automation;
using SuggestionDesk.Files;
using SuggestionDesk.Items;
using SuggestionDesk.Localization;
using SuggestionDesk.PowerShell.Base;
using SuggestionDesk.PowerShell.Completion;
using SuggestionDesk.PowerShell.Localization;
using SuggestionDesk.Reporting;
using SuggestionDesk.Services;

namespace SuggestionDesk.PowerShell.Reporting;

/// <summary>
/// <para type="synopsis">Writes the report for the standing committee as PDF: the figures, the office's narrative, the measures per item and the ledger annex.</para>
/// </summary>
[Cmdlet(VerbsCommon.New, "SuggestionReport", SupportsShouldProcess = true)]
[OutputType(typeof(FileInfo))]
public sealed class NewSuggestionReportCommand : SuggestionCmdlet
{
    private bool readingFonts;

    /// <summary>The PDF file to write; replaced if it exists.</summary>
    [Parameter(Mandatory = true, Position = 0)]
    [ValidateNotNullOrEmpty]
    public string Path { get; set; } = string.Empty;

    /// <summary>Only this session; a session the store holds no item of is refused, naming the sessions it holds, and nothing is written.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [ArgumentCompleter(typeof(SessionCompleter))]
    public string? Session { get; set; }

    /// <summary>Only items assigned on or after this day.</summary>
    [Parameter]
    [DateTransformation]
    public DateTime? From { get; set; }

    /// <summary>Only items assigned on or before this day.</summary>
    [Parameter]
    [DateTransformation]
    public DateTime? To { get; set; }

    /// <summary>The day the figures describe and the report is dated; by default today.</summary>
    [Parameter]
    [DateTransformation]
    public DateTime? AsOf { get; set; }

    /// <summary>The title; by default 关于报送{year}年人大代表建议办理工作总结的函.</summary>
    [Parameter]
    public string? Title { get; set; }

    /// <summary>The issuing unit, signed at the end.</summary>
    [Parameter]
    public string? Issuer { get; set; }

    /// <summary>
    /// The addressee (主送机关), e.g. 市人大常委会办公厅; by default that for deputies' suggestions, 市政协办公厅 for members'
    /// proposals, and both for a report of both.
    /// </summary>
    [Parameter]
    public string? Recipient { get; set; }

    /// <summary>The document number, e.g. 深政数函〔2021〕87号.</summary>
    [Parameter]
    public string? DocumentNumber { get; set; }

    /// <summary>A Markdown file with the sections 主要做法 and 存在的问题及下一步改进措施.</summary>
    [Parameter]
    public string? NarrativePath { get; set; }

    /// <summary>Chinese (default) or English; 中文, 英文, zh and en work too.</summary>
    [Parameter]
    [EnumWords(typeof(Language))]
    [ArgumentCompleter(typeof(EnumWordsCompleter<Language>))]
    public string Language { get; set; } = nameof(SuggestionDesk.Items.Language.Chinese);

    /// <summary>A folder with the office's own fonts (仿宋, 小标宋, 黑体, 楷体, 宋体: simfang.ttf, simsun.ttc...), each used for the parts GB/T 9704 gives it; by default the bundled fonts.</summary>
    [Parameter]
    [ValidateNotNullOrEmpty]
    public string? FontFolder { get; set; }

    /// <inheritdoc />
    protected override object? ErrorTarget => readingFonts ? FontFolder : Path;

    /// <inheritdoc />
    protected override void ExecuteCmdlet()
    {
        var path = GetUnresolvedProviderPathFromPSPath(Path);
        var folder = System.IO.Path.GetDirectoryName(path);
        if (folder is { Length: > 0 } && !Directory.Exists(folder))
        {
            throw new OutputNotWritableException(path, MessageText.Format(Messages.ReportFolderMissing, path, folder));
        }

        var options = new ReportOptions
        {
            AsOf = AsOf is { } asOf ? DateOnly.FromDateTime(asOf) : Today,
            Session = Session,
            From = From is { } from ? DateOnly.FromDateTime(from) : null,
            To = To is { } to ? DateOnly.FromDateTime(to) : null,
            Title = Title,
            Issuer = Issuer,
            Recipient = Recipient,
            DocumentNumber = DocumentNumber,
            Narrative = ReadNarrative(),
            Language = EnumWordsAttribute.Parse<Language>(Language),
        };
        options.Validate();
        readingFonts = true;
        var fonts = ReportFontFolder.Read(this, FontFolder);
        readingFonts = false;
        if (!ShouldChange(path, Messages.ActionWriteReport))
        {
            return;
        }

        var progress = new ProgressRecord(1, "New-SuggestionReport", MessageText.Format(Messages.ReportLayingOut, System.IO.Path.GetFileName(path)));
        WriteProgress(progress);
        var service = Services.Report(Deadlines, fonts);
        // Written beside the target and moved over it, so a reader never sees half a report.
        var runBy = Runs.RunHost.For(this);
        var result = Run(WholeFile.WriteAsync(path, (file, cancel) => service.WriteAsync(options, file, runBy, cancel), cancellationToken: Cancellation));

        progress.RecordType = ProgressRecordType.Completed;
        WriteProgress(progress);
        var output = PSObject.AsPSObject(new FileInfo(path));
        output.Properties.Add(new PSNoteProperty("Pages", result.Pages));
        output.Properties.Add(new PSNoteProperty("Items", result.Items));
        WriteObject(output);
    }

    private Narrative? ReadNarrative()
    {
        if (string.IsNullOrWhiteSpace(NarrativePath))
        {
            return null;
        }

        var path = GetUnresolvedProviderPathFromPSPath(NarrativePath);
        if (!File.Exists(path))
        {
            throw new FileNotFoundException(MessageText.Format(Messages.NarrativeNotFound, NarrativePath), path);
        }

        using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        return NarrativeFile.Read(file, NarrativePath);
    }
}
