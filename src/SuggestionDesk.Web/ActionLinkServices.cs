using SuggestionDesk.Calendar;
using SuggestionDesk.Ports;
using SuggestionDesk.Services;
using SuggestionDesk.Storage;

namespace SuggestionDesk.Web;

/// <summary>
/// The link service over one office's storage, made for each request with the deadlines as they stand (a calendar year
/// loaded since applies at once): the same stores and core services the module and the timers use.
/// </summary>
public sealed class ActionLinkServices(SuggestionStorage storage, IReplyDocumentStore? documents, TimeProvider clock, IReminderDirectoryStore? directory = null)
{
    /// <summary>The storage the pages act on.</summary>
    public SuggestionStorage Storage { get; } = storage ?? throw new ArgumentNullException(nameof(storage));

    /// <summary>The service for one request.</summary>
    public async Task<ActionLinkService> CreateAsync(CancellationToken cancellationToken = default)
    {
        var deadlines = await new CalendarService(Storage.Calendars, Storage.Items, Storage.DeadlinePolicies).LoadDeadlinesAsync(cancellationToken).ConfigureAwait(false);
        var suggestions = new SuggestionService(Storage.Items, deadlines, clock);
        return new ActionLinkService(Storage.ActionLinks, Storage.ActionLinkPolicies, directory ?? Storage.Directory, suggestions, clock, documents);
    }
}
