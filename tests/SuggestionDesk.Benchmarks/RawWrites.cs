using System.Diagnostics;
using Azure.Data.Tables;

namespace SuggestionDesk.Benchmarks;

/// <summary>
/// The raw Azure.Data.Tables baselines for the import: the very item entities the import wrote (read back, one
/// per item, without validation, history or number index), written again into a fresh table.
/// </summary>
internal static class RawWrites
{
    /// <summary>The import's own parallelism (LedgerImportService), used for the batched baseline too.</summary>
    public const int Parallelism = 4;

    /// <summary>The item rows an import wrote, as plain entities (no ETag, no Timestamp).</summary>
    public static IReadOnlyList<TableEntity> ItemEntities(BenchContext context, ImportRun import)
    {
        var items = context.Service.GetTableClient(import.Names.Items);
        var filter = TableClient.CreateQueryFilter($"RowKey ge {"i|"} and RowKey lt {"i}"}");
        return items.Query<TableEntity>(filter).Select(Plain).ToList();
    }

    /// <summary>One <c>UpsertEntity</c> request per item, one after another, as AzTable's Add-AzTableRow does.</summary>
    public static double SingleItemsPerSecond(BenchContext context, IReadOnlyList<TableEntity> all)
    {
        var table = NewTable(context, "single");
        var watch = Stopwatch.StartNew();
        foreach (var entity in all)
        {
            table.UpsertEntity(entity, TableUpdateMode.Replace);
        }

        var rate = all.Count / watch.Elapsed.TotalSeconds;
        BenchContext.Detail($"raw single upserts: {all.Count:N0} in {watch.Elapsed.TotalSeconds:N1} s = {rate:N0} items/s");
        return rate;
    }

    /// <summary>Transactions of 100 upserts per partition, <see cref="Parallelism"/> in flight.</summary>
    public static double BatchedItemsPerSecond(BenchContext context, IReadOnlyList<TableEntity> all)
    {
        var table = NewTable(context, "batch");
        var batches = all.GroupBy(e => e.PartitionKey).SelectMany(p => p.Chunk(100)).ToList();
        var watch = Stopwatch.StartNew();
        Parallel.ForEachAsync(batches, new ParallelOptions { MaxDegreeOfParallelism = Parallelism }, async (batch, token) =>
            await table.SubmitTransactionAsync(batch.Select(e => new TableTransactionAction(TableTransactionActionType.UpsertReplace, e)), token))
            .GetAwaiter().GetResult();
        var rate = all.Count / watch.Elapsed.TotalSeconds;
        BenchContext.Detail($"raw batched upserts: {all.Count:N0} in {batches.Count} transactions of up to 100, {Parallelism} in parallel, in {watch.Elapsed.TotalSeconds:N1} s = {rate:N0} items/s");
        return rate;
    }

    /// <summary>
    /// Every row the import wrote (items, their history, the number index) upserted raw, the same way: what an
    /// import that keeps history and unique numbers cannot beat, whatever its validation.
    /// </summary>
    public static double AllRowsItemsPerSecond(BenchContext context, ImportRun import)
    {
        var names = import.Names;
        var items = context.Service.GetTableClient(names.Items).Query<TableEntity>().Select(Plain).ToList();
        var numbers = context.Service.GetTableClient(names.Numbers).Query<TableEntity>()
            .Where(e => Storage.NumberIndex.IsBucket(e.PartitionKey)).Select(Plain).ToList();
        var (itemTable, numberTable) = (NewTable(context, "rows"), NewTable(context, "nums"));
        var batches = items.GroupBy(e => e.PartitionKey).SelectMany(p => p.Chunk(100)).Select(b => (Table: itemTable, Rows: b))
            .Concat(numbers.GroupBy(e => e.PartitionKey).SelectMany(p => p.Chunk(100)).Select(b => (Table: numberTable, Rows: b)))
            .ToList();
        var watch = Stopwatch.StartNew();
        Parallel.ForEachAsync(batches, new ParallelOptions { MaxDegreeOfParallelism = Parallelism }, async (batch, token) =>
            await batch.Table.SubmitTransactionAsync(batch.Rows.Select(e => new TableTransactionAction(TableTransactionActionType.UpsertReplace, e)), token))
            .GetAwaiter().GetResult();
        var rate = import.Items / watch.Elapsed.TotalSeconds;
        BenchContext.Detail($"raw batched upserts of every row the import wrote: {items.Count:N0} item and history rows and {numbers.Count:N0} number-index rows in {batches.Count} transactions, {Parallelism} in parallel, in {watch.Elapsed.TotalSeconds:N1} s = {rate:N0} items/s");
        return rate;
    }

    private static TableClient NewTable(BenchContext context, string what)
    {
        var table = context.Service.GetTableClient(BenchContext.NewNames(what).Items);
        table.CreateIfNotExists();
        return table;
    }

    private static TableEntity Plain(TableEntity read)
    {
        var entity = new TableEntity(read.PartitionKey, read.RowKey);
        foreach (var (name, value) in read)
        {
            if (name is not ("PartitionKey" or "RowKey" or "Timestamp" or "odata.etag"))
            {
                entity[name] = value;
            }
        }

        return entity;
    }
}
