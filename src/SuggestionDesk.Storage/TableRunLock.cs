using Azure;
using Azure.Data.Tables;
using SuggestionDesk.Ports;

namespace SuggestionDesk.Storage;

/// <summary>
/// <see cref="IRunLock"/> on Table Storage: one row per lock in <c>{prefix}Settings</c> (partition <c>lock</c>) with
/// its holder and the time it is held until. Taking it is an insert, or a replace under the row's ETag once that time
/// has passed, so only one of two racing runs wins; the holder renews it at a third of its time.
/// </summary>
public sealed class TableRunLock(TableServiceClient service, TableNames names, TimeProvider? clock = null) : IRunLock
{
    private const string Partition = "lock";
    private readonly TableClient table = service.GetTableClient(names.Settings);
    private readonly TableOnce ready = new(service.GetTableClient(names.Settings));
    private readonly TimeProvider time = clock ?? TimeProvider.System;

    /// <inheritdoc />
    public async Task<IAsyncDisposable> AcquireAsync(string name, TimeSpan hold, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentOutOfRangeException.ThrowIfLessThan(hold, TimeSpan.FromSeconds(1));
        var row = KeyEncoder.Encode(name);
        var holder = Guid.NewGuid().ToString("N");
        await ready.EnsureAsync(cancellationToken).ConfigureAwait(false);
        while (true)
        {
            if (await TryTakeAsync(row, holder, hold, cancellationToken).ConfigureAwait(false) is { } etag)
            {
                return new Held(this, row, holder, hold, etag);
            }

            await Task.Delay(TimeSpan.FromMilliseconds(250), time, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task<ETag?> TryTakeAsync(string row, string holder, TimeSpan hold, CancellationToken cancellationToken)
    {
        var entity = Entity(row, holder, hold);
        try
        {
            return (await table.AddEntityAsync(entity, cancellationToken).ConfigureAwait(false)).Headers.ETag;
        }
        catch (RequestFailedException e) when (e.Status == 409)
        {
            var current = await table.GetEntityIfExistsAsync<TableEntity>(Partition, row, cancellationToken: cancellationToken).ConfigureAwait(false);
            if (!current.HasValue || current.Value!.GetDateTimeOffset("Until") is not { } until || until > time.GetUtcNow())
            {
                return null;
            }

            try
            {
                return (await table.UpdateEntityAsync(entity, current.Value.ETag, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false)).Headers.ETag;
            }
            catch (RequestFailedException lost) when (lost.Status is 404 or 412)
            {
                return null;
            }
        }
    }

    private TableEntity Entity(string row, string holder, TimeSpan hold) =>
        new(Partition, row) { ["Holder"] = holder, ["Until"] = time.GetUtcNow() + hold };

    private sealed class Held : IAsyncDisposable
    {
        private readonly TableRunLock owner;
        private readonly string row;
        private readonly string holder;
        private readonly TimeSpan hold;
        private readonly CancellationTokenSource stop = new();
        private readonly Task renewing;
        private ETag etag;
        private int released;

        public Held(TableRunLock owner, string row, string holder, TimeSpan hold, ETag etag)
        {
            this.owner = owner;
            this.row = row;
            this.holder = holder;
            this.hold = hold;
            this.etag = etag;
            renewing = Task.Run(RenewAsync);
        }

        public async ValueTask DisposeAsync()
        {
            if (Interlocked.Exchange(ref released, 1) == 1)
            {
                return;
            }

            await stop.CancelAsync().ConfigureAwait(false);
            await renewing.ConfigureAwait(false);
            stop.Dispose();
            try
            {
                await owner.table.DeleteEntityAsync(Partition, row, etag).ConfigureAwait(false);
            }
            catch (RequestFailedException e) when (e.Status is 404 or 412)
            {
                // Already taken over or gone.
            }
        }

        private async Task RenewAsync()
        {
            try
            {
                while (true)
                {
                    await Task.Delay(hold / 3, owner.time, stop.Token).ConfigureAwait(false);
                    var renewed = await owner.table.UpdateEntityAsync(owner.Entity(row, holder, hold), etag, TableUpdateMode.Replace, stop.Token).ConfigureAwait(false);
                    etag = renewed.Headers.ETag ?? etag;
                }
            }
            catch (OperationCanceledException)
            {
                // Let go.
            }
            catch (RequestFailedException)
            {
                // Lost (taken over after this holder stalled past its time) or the store is unreachable: the
                // next renewal cannot succeed either; the run goes on and the reminder log still prevents repeats.
            }
        }
    }
}
