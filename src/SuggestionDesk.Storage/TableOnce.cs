using Azure.Data.Tables;

namespace SuggestionDesk.Storage;

/// <summary>
/// Makes a store's tables exist the first time the store needs them and remembers that it did, so a store makes the
/// requests once per instance (a connection's lifetime) rather than before every call. A failed or cancelled attempt
/// (say, Azurite not yet up) is tried again on the next call.
/// </summary>
internal sealed class TableOnce(Func<CancellationToken, Task> create)
{
    private Task? created;

    /// <summary>For a store of one table: creating it is all there is to do.</summary>
    public TableOnce(TableClient table)
        : this(cancellationToken => table.CreateIfNotExistsAsync(cancellationToken))
    {
    }

    /// <summary>Waits until the tables exist, making them on the first call.</summary>
    public Task EnsureAsync(CancellationToken cancellationToken)
    {
        var current = created;
        if (current is null || current.IsFaulted || current.IsCanceled)
        {
            current = create(cancellationToken);
            created = current;
        }

        return current;
    }
}
