using SuggestionDesk.Calendar;
using SuggestionDesk.Items;
using SuggestionDesk.Mail;
using SuggestionDesk.Pdf;
using SuggestionDesk.Services;

namespace SuggestionDesk.PowerShell.Connection;

/// <summary>
/// The module's composition: the core services over one connection's storage, with the module's adapters (the PDF
/// renderer, the system clock). Cmdlets take their services from here and never build one themselves.
/// </summary>
internal sealed partial class SessionServices(SuggestionConnection connection)
{
    private ReminderRunService? reminders;

    /// <summary>
    /// The deadline rules in force: the stored policy, read on each call (a cmdlet calls once per command, so a policy
    /// changed in another session counts from the next command), on the connection's calendar (read once per connection).
    /// </summary>
    public ItemDeadlines Deadlines(CancellationToken cancellationToken)
    {
        var policy = connection.Storage.DeadlinePolicies.GetAsync(cancellationToken).GetAwaiter().GetResult();
        return new(policy.Policy, connection.Calendar(cancellationToken));
    }

    /// <summary>Item reads and changes under <paramref name="deadlines"/>.</summary>
    public SuggestionService Suggestions(ItemDeadlines deadlines) => new(connection.Storage.Items, deadlines, TimeProvider.System);

    /// <summary>Item reads and changes under the deadlines <paramref name="deadlines"/> gives when first needed.</summary>
    public SuggestionService Suggestions(Func<ItemDeadlines> deadlines) => new(connection.Storage.Items, deadlines, TimeProvider.System);

    /// <summary>The committee report as PDF under <paramref name="deadlines"/>, drawn with <paramref name="fonts"/>.</summary>
    public ReportService Report(ItemDeadlines deadlines, ReportFonts fonts) => new(connection.Storage.Items, deadlines, new PdfReportRenderer(fonts: fonts), connection.Storage.RunRecords);

    /// <summary>Loading calendar years.</summary>
    public CalendarService Calendars => new(connection.Storage.Calendars, connection.Storage.Items, connection.Storage.DeadlinePolicies);

    /// <summary>
    /// The committee report's delivery, the same as the report timer's, on the connection's report archive: a report
    /// the timer sent is not sent again from here, and the other way round. The message is in <paramref name="language"/>;
    /// a report rendered here is drawn with <paramref name="fonts"/>.
    /// </summary>
    public ReportDeliveryService ReportDelivery(Language language, ReportFonts fonts)
    {
        var storage = connection.Storage;
        return new ReportDeliveryService(storage.Items, storage.Calendars, storage.DeadlinePolicies, new PdfReportRenderer(fonts: fonts), connection.ReportArchive,
            new ReportMessageComposer(language), storage.RunLocks, storage.RunRecords);
    }

    /// <summary>The runs' records, for Get-SuggestionRun.</summary>
    public Ports.IRunRecordStore RunRecords => connection.Storage.RunRecords;

    /// <summary>The reminder run, the same as the reminder timers'.</summary>
    public ReminderRunService Reminders
    {
        get
        {
            var storage = connection.Storage;
            return reminders ??= new ReminderRunService(storage.Items, storage.ReminderLog, storage.Directory, storage.ReminderPolicies,
                storage.Calendars, storage.DeadlinePolicies, storage.RunLocks, TimeProvider.System, storage.RunRecords);
        }
    }
}
