using System.Runtime.CompilerServices;
using SuggestionDesk.Items;
using SuggestionDesk.Ports;

namespace SuggestionDesk.Reporting;

/// <summary>Reading items from a store as they stood on a day (<see cref="ItemAsOf"/>), for listings and reminder runs.</summary>
public static class StoreAsOf
{
    /// <summary>
    /// The items <paramref name="query"/> selects, each as it stood at the end of <paramref name="asOf"/>; items assigned
    /// later are left out. The store's open-items index and statuses describe items as they are now, so for a day
    /// before <paramref name="today"/> those two filters are applied to the items as they stood then, after reading
    /// every item the other filters select (an item closed since may have been open then); on or after today the
    /// store filters them itself.
    /// </summary>
    public static async IAsyncEnumerable<SuggestionItem> QueryAsOfAsync(
        this ISuggestionStore store, ItemQuery query, DateOnly asOf, DateOnly today, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(query);
        var read = asOf < today ? query with { OpenOnly = false, Statuses = null } : query;
        await foreach (var item in store.QueryAsync(read, cancellationToken).ConfigureAwait(false))
        {
            if (ItemAsOf.On(item, asOf) is { } then && Matches(then, query))
            {
                yield return then;
            }
        }
    }

    private static bool Matches(SuggestionItem item, ItemQuery query) =>
        (!query.OpenOnly || item.IsOpen) && (query.Statuses is not { Count: > 0 } statuses || statuses.Contains(item.Status));
}
