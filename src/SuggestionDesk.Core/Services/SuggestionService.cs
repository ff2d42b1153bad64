using System.Runtime.CompilerServices;
using SuggestionDesk.Calendar;
using SuggestionDesk.Items;
using SuggestionDesk.Localization;
using SuggestionDesk.Ports;
using SuggestionDesk.Reporting;

namespace SuggestionDesk.Services;

/// <summary>
/// The one path for every change to an item, whichever host asks (cmdlets, Functions): read it, check the
/// caller's copy is current, apply one domain change, check deadline rules, save it with its history. Reads as of
/// a past day see each item as it stood then (<see cref="ItemAsOf"/>); the clock the service is given says which days are past.
/// </summary>
public sealed class SuggestionService
{
    // How often a by-number change is applied again after losing a race to another writer.
    private const int MaxAttempts = 10;

    private readonly ISuggestionStore store;
    private readonly Lazy<ItemDeadlines> deadlines;
    private readonly TimeProvider clock;

    /// <summary>A service judging by <paramref name="deadlines"/>.</summary>
    public SuggestionService(ISuggestionStore store, ItemDeadlines deadlines, TimeProvider clock)
        : this(store, new Lazy<ItemDeadlines>(deadlines ?? throw new ArgumentNullException(nameof(deadlines))), clock)
    {
    }

    /// <summary>
    /// A service judging by the deadlines <paramref name="deadlines"/> gives when first needed (reading them costs the
    /// store a request: a change that judges no deadline, or a listing nobody reads the columns of, never makes it).
    /// </summary>
    public SuggestionService(ISuggestionStore store, Func<ItemDeadlines> deadlines, TimeProvider clock)
        : this(store, new Lazy<ItemDeadlines>(deadlines ?? throw new ArgumentNullException(nameof(deadlines))), clock)
    {
    }

    private SuggestionService(ISuggestionStore store, Lazy<ItemDeadlines> deadlines, TimeProvider clock)
    {
        this.store = store ?? throw new ArgumentNullException(nameof(store));
        this.deadlines = deadlines;
        this.clock = clock ?? throw new ArgumentNullException(nameof(clock));
    }

    /// <summary>The deadlines the service judges by.</summary>
    public ItemDeadlines Deadlines => deadlines.Value;

    /// <summary>Registers a new item; throws <see cref="DuplicateItemException"/> if its number exists.</summary>
    public async Task<SuggestionItem> AddAsync(NewItem spec, ChangeContext by, CancellationToken cancellationToken = default)
    {
        var item = SuggestionItem.Create(spec, by);
        await store.AddAsync(item, cancellationToken).ConfigureAwait(false);
        return item;
    }

    /// <summary>Reads an item; throws <see cref="SuggestionNotFoundException"/> naming the number when there is none.</summary>
    public async Task<SuggestionItem> GetAsync(SuggestionNumber number, CancellationToken cancellationToken = default) =>
        await store.FindAsync(number, cancellationToken).ConfigureAwait(false)
        ?? throw new SuggestionNotFoundException(number, MessageText.Format(Messages.ItemNotFound, number));

    /// <summary>
    /// Reads an item as it stood at the end of <paramref name="asOf"/> (<see cref="ItemAsOf"/>): null when it was not yet
    /// assigned then; throws <see cref="SuggestionNotFoundException"/> naming the number when there is none at all.
    /// </summary>
    public async Task<SuggestionItem?> GetAsOfAsync(SuggestionNumber number, DateOnly asOf, CancellationToken cancellationToken = default) =>
        ItemAsOf.On(await GetAsync(number, cancellationToken).ConfigureAwait(false), asOf);

    /// <summary>
    /// Applies <paramref name="change"/> to the current item and saves it. <paramref name="expectedVersion"/>
    /// is the version the caller's copy was read at: if the item changed since, nothing is done and an
    /// <see cref="ItemConflictException"/> names it, unless <paramref name="force"/>. Without a version (the
    /// caller named the item by number and holds no copy), a write that lands between this read and this save
    /// is not the caller's conflict: the change is applied again to the item as it is now, and checked again.
    /// </summary>
    public async Task<SuggestionItem> ChangeAsync(
        SuggestionNumber number, string? expectedVersion, bool force, Action<SuggestionItem> change, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(change);
        for (var attempt = 1; ; attempt++)
        {
            var item = await GetAsync(number, cancellationToken).ConfigureAwait(false);
            if (!force && ItemAsOf.DayOfCopy(expectedVersion) is { } shown)
            {
                throw new ItemConflictException(number,
                    MessageText.Format(Messages.ItemCopyFromPast, number, shown));
            }

            if (!force && expectedVersion is not null && expectedVersion != item.Version)
            {
                throw new ItemConflictException(number,
                    MessageText.Format(Messages.ItemChangedSinceRead, number, item.UpdatedBy, item.UpdatedAt));
            }

            change(item);
            // Contacts are stored before the item's state, so a change that records one is not repeated.
            var recordsContacts = item.PendingContacts.Count > 0;
            try
            {
                await store.SaveAsync(item, force, cancellationToken).ConfigureAwait(false);
                return item;
            }
            catch (ItemConflictException) when (expectedVersion is null && !recordsContacts && attempt < MaxAttempts)
            {
                // Someone else's save came first; each round one writer wins, so a few rounds settle any office's traffic.
            }
        }
    }

    /// <summary>Asks to return the item, refusing a request after the return window closed.</summary>
    public Task<SuggestionItem> RequestReturnAsync(
        SuggestionNumber number, DateOnly date, string reason, ChangeContext by, string? expectedVersion = null, bool force = false, CancellationToken cancellationToken = default) =>
        ChangeAsync(number, expectedVersion, force, item =>
        {
            Deadlines.CheckReturn(item, date);
            item.RequestReturn(date, reason, by);
        }, cancellationToken);

    /// <summary>Asks for an extension, refusing a date past the policy's limit.</summary>
    public Task<SuggestionItem> RequestExtensionAsync(
        SuggestionNumber number, DateOnly newDueDate, string reason, DateOnly requestedOn, ChangeContext by, string? expectedVersion = null, bool force = false, CancellationToken cancellationToken = default) =>
        ChangeAsync(number, expectedVersion, force, item =>
        {
            Deadlines.CheckExtension(item, newDueDate);
            item.RequestExtension(newDueDate, reason, requestedOn, by);
        }, cancellationToken);

    /// <summary>Removes an item (its history and contacts are kept), with the same version check as <see cref="ChangeAsync"/>.</summary>
    public async Task RemoveAsync(SuggestionNumber number, string? expectedVersion, bool force, ChangeContext by, CancellationToken cancellationToken = default)
    {
        var item = await GetAsync(number, cancellationToken).ConfigureAwait(false);
        if (!force && expectedVersion is not null && expectedVersion != item.Version)
        {
            throw new ItemConflictException(number,
                MessageText.Format(Messages.ItemChangedNotRemoved, number));
        }

        await store.RemoveAsync(item, by, force, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Lists the items <paramref name="filter"/> selects, each as it stood at the end of <see cref="ItemFilter.AsOf"/>
    /// (<see cref="ItemAsOf"/>; items assigned later are left out), judged on that day; with a deadline condition and
    /// an as-of date of today only open items are read. Numbers asked for by name come in the order asked; otherwise
    /// items come in number order (<see cref="SuggestionNumberOrder"/>), whatever order the store keeps them in.
    /// </summary>
    public async IAsyncEnumerable<SuggestionItem> QueryAsync(ItemFilter filter, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        if (filter.Numbers is { Count: > 0 } numbers)
        {
            foreach (var number in numbers)
            {
                if (await store.FindAsync(number, cancellationToken).ConfigureAwait(false) is { } found
                    && ItemAsOf.On(found, filter.AsOf) is { } then && Matches(then, filter))
                {
                    yield return then;
                }
            }

            yield break;
        }

        var query = new ItemQuery
        {
            OpenOnly = filter.FiltersByDeadline,
            Session = filter.Session,
            Statuses = filter.Statuses,
            Department = filter.Department,
            Owner = filter.Owner,
            OwnerEmail = filter.OwnerEmail,
        };
        // The store reads session by session, so the whole answer is needed before the first item is known.
        var matching = new List<SuggestionItem>();
        await foreach (var item in store.QueryAsOfAsync(query, filter.AsOf, OfficeTime.Today(clock), cancellationToken).ConfigureAwait(false))
        {
            if (MatchesPractice(item, filter) && MatchesDeadline(item, filter))
            {
                matching.Add(item);
            }
        }

        foreach (var item in matching.OrderBy(i => i.Number, SuggestionNumberOrder.Instance))
        {
            yield return item;
        }
    }

    private bool Matches(SuggestionItem item, ItemFilter filter) =>
        (filter.Session is null || item.Session == filter.Session)
        && (filter.Statuses is not { Count: > 0 } statuses || statuses.Contains(item.Status))
        && (filter.Department is null || item.Department == filter.Department)
        && (filter.Owner is null || string.Equals(item.Owner, filter.Owner, StringComparison.Ordinal))
        && (filter.OwnerEmail is null || string.Equals(item.OwnerEmail, filter.OwnerEmail.Trim(), StringComparison.OrdinalIgnoreCase))
        && MatchesPractice(item, filter)
        && MatchesDeadline(item, filter);

    private static bool MatchesPractice(SuggestionItem item, ItemFilter filter) =>
        (filter.Priorities is not { Count: > 0 } priorities || item.Priorities.Any(priorities.Contains))
        && (filter.LeadingOfficial is null || string.Equals(item.LeadingOfficial, filter.LeadingOfficial.Trim(), StringComparison.Ordinal));

    private bool MatchesDeadline(SuggestionItem item, ItemFilter filter)
    {
        if (!filter.FiltersByDeadline)
        {
            return true;
        }

        var running = Deadlines.Running(item, filter.AsOf).Where(d => !d.IsWindow).ToArray();
        var dueSoon = filter.DueWithinDays is { } days && running.Any(d => d.Due >= filter.AsOf && d.Due <= filter.AsOf.AddDays(days));
        var overdue = filter.Overdue && running.Any(d => d.Due < filter.AsOf);
        return dueSoon || overdue;
    }
}
