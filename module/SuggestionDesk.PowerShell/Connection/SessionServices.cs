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

    /// <summary>The deadline rules in force, on the connection's calendar (read once per connection).</summary>
    public ItemDeadlines Deadlines(CancellationToken cancellationToken) => new(connection.Policy, connection.Calendar(cancellationToken));

    /// <summary>Item reads and changes.</summary>
    public SuggestionService Suggestions(CancellationToken cancellationToken) => new(connection.Storage.Items, Deadlines(cancellationToken), TimeProvider.System);

    /// <summary>The committee report as PDF.</summary>
    public ReportService Report(CancellationToken cancellationToken) => new(connection.Storage.Items, Deadlines(cancellationToken), new PdfReportRenderer());

    /// <summary>
    /// The committee report's delivery, the same as the report timer's, on the connection's report archive: a report
    /// the timer sent is not sent again from here, and the other way round. The message is in <paramref name="language"/>.
    /// </summary>
    public ReportDeliveryService ReportDelivery(Language language)
    {
        var storage = connection.Storage;
        return new ReportDeliveryService(storage.Items, storage.Calendars, new PdfReportRenderer(), connection.ReportArchive,
            new ReportMessageComposer(language), storage.RunLocks);
    }

    /// <summary>The reminder run, the same as the reminder timers'.</summary>
    public ReminderRunService Reminders
    {
        get
        {
            var storage = connection.Storage;
            return reminders ??= new ReminderRunService(storage.Items, storage.ReminderLog, storage.Directory, storage.ReminderPolicies,
                storage.Calendars, storage.RunLocks, TimeProvider.System);
        }
    }
}
