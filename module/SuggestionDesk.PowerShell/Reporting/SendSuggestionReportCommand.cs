using System.Management.Automation;
using SuggestionDesk.Items;
using SuggestionDesk.Localization;
using SuggestionDesk.PowerShell.Base;
using SuggestionDesk.PowerShell.Completion;
using SuggestionDesk.PowerShell.Localization;
using SuggestionDesk.Reporting;
using SuggestionDesk.Services;
using SuggestionDesk.Storage;

namespace SuggestionDesk.PowerShell.Reporting;

/// <summary>
/// <para type="synopsis">Mails the committee report of a period to each recipient once, archiving it first: the same delivery as the report timer's, sharing its record of who has it.</para>
/// </summary>
[Cmdlet(VerbsCommunications.Send, "SuggestionReport", SupportsShouldProcess = true, DefaultParameterSetName = ClientSecretSet)]
[OutputType(typeof(ReportSent))]
public sealed class SendSuggestionReportCommand : MailCmdlet
{
    /// <summary>The recipients' e-mail addresses, e.g. the standing committee's mailboxes.</summary>
    [Parameter(Mandatory = true, Position = 0)]
    [ValidateNotNullOrEmpty]
    public string[] To { get; set; } = [];

    /// <summary>The period: 2026-10 (January to October 2026) or 2025 (the year); by default the one that ended last.</summary>
    [Parameter]
    [ValidateNotNullOrEmpty]
    public string? Period { get; set; }

    /// <summary>Chinese (default) or English; 中文, 英文, zh and en work too.</summary>
    [Parameter]
    [EnumWords(typeof(Language))]
    [ArgumentCompleter(typeof(EnumWordsCompleter<Language>))]
    public string Language { get; set; } = nameof(SuggestionDesk.Items.Language.Chinese);

    /// <summary>A folder with the office's own fonts (仿宋, 小标宋, 黑体, 楷体, 宋体), used if the report is rendered here rather than taken from the archive; by default the bundled fonts.</summary>
    [Parameter]
    [ValidateNotNullOrEmpty]
    public string? FontFolder { get; set; }

    /// <inheritdoc />
    protected override object? ErrorTarget => Period;

    /// <inheritdoc />
    protected override void ExecuteCmdlet()
    {
        var language = EnumWordsAttribute.Parse<Language>(Language);
        var pump = new ProgressPump<string>(text => new ProgressRecord(1, MessageText.Format(Messages.ReportSendActivity, Transport), text));
        var options = new ReportDeliveryOptions
        {
            Today = Today,
            Period = ParsePeriod(),
            Recipients = To,
            RunBy = Runs.RunHost.For(this),
            Language = language,
            // ShouldProcess may only be called on the pipeline thread: the pump runs it there while the delivery waits.
            Confirm = (recipient, period, _) => pump.CallAsync(() => ShouldChange(recipient, MessageText.Format(Messages.ActionSendReport, Views.InLanguage.Pick(period.English, period.Chinese)))),
        };
        var fonts = ReportFontFolder.Read(this, FontFolder);
        using var sender = OpenSenderOnFirstMessage();
        var delivery = Services.ReportDelivery(language, fonts);
        pump.Report(Messages.ReportReadingArchive);
        // The delivery takes the period's lock: a report timer running now finishes first, and this run then sends
        // only to whom it did not.
        var result = pump.Wait(this, delivery.DeliverAsync(options, sender, Cancellation));
        WriteProgress(new ProgressRecord(1, MessageText.Format(Messages.ReportSendActivity, Transport), Messages.ProgressDone) { RecordType = ProgressRecordType.Completed });

        var archive = $"{CurrentConnection.ReportContainer}/{BlobReportArchive.BlobName(result.Period.Name)}";
        if (result.Rendered)
        {
            WriteVerbose(MessageText.Format(Messages.VerboseReportArchived, result.Period.Name, archive));
        }

        WriteRecipients(result, archive);
    }

    private ReportPeriod? ParsePeriod()
    {
        try
        {
            return Period is null ? null : ReportPeriod.Parse(Period);
        }
        catch (FormatException e)
        {
            throw new PSArgumentException(e.Message, e);
        }
    }

    // One object per recipient asked for, in the order given.
    private void WriteRecipients(ReportDeliveryResult result, string archive)
    {
        var mailed = result.Recipients.ToDictionary(r => r.Recipient, StringComparer.OrdinalIgnoreCase);
        var already = result.AlreadySent.ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var recipient in To.Select(t => t.Trim()).Where(t => t.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase))
        {
            if (mailed.TryGetValue(recipient, out var one))
            {
                if (!one.Result.IsSent)
                {
                    WriteError(new ErrorRecord(new InvalidOperationException(MessageText.Format(Messages.RetriedNextRun, one.Result.Reason)),
                        "ReportNotSent", ErrorCategory.WriteError, recipient));
                }

                WriteObject(new ReportSent(recipient, result.Period.Name, archive, Transport, one.Result.IsSent ? "Sent" : "Failed", one));
            }
            else
            {
                WriteObject(new ReportSent(recipient, result.Period.Name, archive, Transport, already.Contains(recipient) ? "AlreadySent" : "Planned"));
            }
        }
    }
}
