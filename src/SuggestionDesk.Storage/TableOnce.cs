using Azure.Data.Tables;

namespace SuggestionDesk.Storage;

/// <summary>
/// Creates a table the first time a store needs it and remembers that it did, so a store makes the one request once
/// per instance (a connection's lifetime) rather than before every call. A failed or cancelled creation is tried
/// again on the next call.
/// </summary>
internal sealed class TableOnce(TableClient table)
{
    private Task? created;

    /// <summary>Waits until the table exists, creating it on the first call.</summary>
    public Task EnsureAsync(CancellationToken cancellationToken)
    {
        var current = created;
        if (current is null || current.IsFaulted || current.IsCanceled)
        {
            current = table.CreateIfNotExistsAsync(cancellationToken);
            created = current;
        }

        return current;
    }
}
