using System.Runtime.CompilerServices;
using SuggestionDesk.Actions;
using SuggestionDesk.Items;
using SuggestionDesk.Ports;

namespace SuggestionDesk.Testing;

/// <summary><see cref="IActionLinkStore"/> in memory, with versions like the table store's ETags.</summary>
public sealed class InMemoryActionLinkStore : IActionLinkStore
{
    private readonly Dictionary<string, ActionLink> links = new(StringComparer.Ordinal);

    /// <summary>Every link stored, in no particular order (for tests to inspect).</summary>
    public IReadOnlyList<ActionLink> All
    {
        get
        {
            lock (links)
            {
                return links.Values.ToArray();
            }
        }
    }

    /// <inheritdoc />
    public Task AddAsync(IReadOnlyList<ActionLink> links, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(links);
        lock (this.links)
        {
            if (links.FirstOrDefault(l => this.links.ContainsKey(l.Id)) is { } taken)
            {
                throw new InvalidOperationException($"Link '{taken.Id}' exists already.");
            }

            foreach (var link in links)
            {
                this.links[link.Id] = link with { Version = NewVersion() };
            }
        }

        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task<ActionLink?> FindAsync(string id, CancellationToken cancellationToken = default)
    {
        lock (links)
        {
            return Task.FromResult(links.GetValueOrDefault(id));
        }
    }

    /// <inheritdoc />
    public Task<ActionLink?> UpdateAsync(ActionLink link, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(link);
        lock (links)
        {
            if (!links.TryGetValue(link.Id, out var stored) || stored.Version != link.Version)
            {
                return Task.FromResult<ActionLink?>(null);
            }

            var updated = link with { Version = NewVersion() };
            links[link.Id] = updated;
            return Task.FromResult<ActionLink?>(updated);
        }
    }

    /// <inheritdoc />
    public async IAsyncEnumerable<ActionLink> ListAsync(SuggestionNumber number, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await Task.Yield();
        foreach (var link in All.Where(l => l.Number == number).OrderBy(l => l.IssuedAt).ThenBy(l => l.Action))
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return link;
        }
    }

    private static string NewVersion() => Guid.NewGuid().ToString("N");
}
