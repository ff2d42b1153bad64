using System.Runtime.CompilerServices;
using SuggestionDesk.Items;
using SuggestionDesk.Ports;

namespace SuggestionDesk.Benchmarks;

/// <summary>
/// An empty store that keeps what is added, so an archive can be built by the import's own rules
/// (<see cref="Services.LedgerImportService"/>) and then written to Table Storage in bulk.
/// </summary>
internal sealed class CapturingStore : ISuggestionStore
{
    private readonly List<SuggestionItem> added = [];

    public IReadOnlyList<SuggestionItem> Added => added;

    public Task AddAsync(SuggestionItem item, CancellationToken cancellationToken = default)
    {
        lock (added)
        {
            added.Add(item);
        }

        return Task.CompletedTask;
    }

    public async Task<IReadOnlyList<DuplicateItemException?>> AddManyAsync(IReadOnlyList<SuggestionItem> items, CancellationToken cancellationToken = default)
    {
        foreach (var item in items)
        {
            await AddAsync(item, cancellationToken);
        }

        return new DuplicateItemException?[items.Count];
    }

    public Task<SuggestionItem?> FindAsync(SuggestionNumber number, CancellationToken cancellationToken = default) => Task.FromResult<SuggestionItem?>(null);

    public Task<IReadOnlyList<SuggestionItem?>> FindManyAsync(IReadOnlyList<SuggestionNumber> numbers, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<SuggestionItem?>>(new SuggestionItem?[numbers.Count]);

    public Task SaveAsync(SuggestionItem item, bool force = false, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public Task RemoveAsync(SuggestionItem item, ChangeContext by, bool force = false, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public IAsyncEnumerable<SuggestionItem> QueryAsync(ItemQuery query, CancellationToken cancellationToken = default) => Empty<SuggestionItem>(cancellationToken);

    public IAsyncEnumerable<HistoryEntry> GetHistoryAsync(SuggestionNumber number, string session, CancellationToken cancellationToken = default) => Empty<HistoryEntry>(cancellationToken);

    public IAsyncEnumerable<Contact> GetContactsAsync(SuggestionNumber number, string session, CancellationToken cancellationToken = default) => Empty<Contact>(cancellationToken);

    public IAsyncEnumerable<ItemContact> GetSessionContactsAsync(string session, CancellationToken cancellationToken = default) => Empty<ItemContact>(cancellationToken);

    public IAsyncEnumerable<string> GetSessionsAsync(CancellationToken cancellationToken = default) => Empty<string>(cancellationToken);

    private static async IAsyncEnumerable<T> Empty<T>([EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await Task.CompletedTask;
        yield break;
    }
}
