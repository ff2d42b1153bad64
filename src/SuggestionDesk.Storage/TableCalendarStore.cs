using Azure.Data.Tables;
using SuggestionDesk.Calendar;
using SuggestionDesk.Items;
using SuggestionDesk.Ports;

namespace SuggestionDesk.Storage;

/// <summary>
/// <see cref="ICalendarStore"/> on Table Storage: one row per loaded year in <c>{prefix}Calendar</c>, holding
/// the JSON exactly as loaded, who loaded it and when.
/// </summary>
public sealed class TableCalendarStore(TableServiceClient service, TableNames names) : ICalendarStore
{
    private const string Partition = "holiday-cn";
    private readonly TableClient table = service.GetTableClient(names.Calendar);
    private readonly TableOnce ready = new(service.GetTableClient(names.Calendar));

    /// <inheritdoc />
    public async Task<IReadOnlyList<HolidayYear>> GetYearsAsync(CancellationToken cancellationToken = default)
    {
        await ready.EnsureAsync(cancellationToken).ConfigureAwait(false);
        var years = new List<HolidayYear>();
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {Partition}");
        await foreach (var row in table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            years.Add(HolidayYear.Parse(LongText.Read(row, "Json") ?? string.Empty, $"stored year {row.RowKey} in table {names.Calendar}"));
        }

        return years;
    }

    /// <inheritdoc />
    public async Task SaveYearAsync(HolidayYear year, ChangeContext by, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(year);
        ArgumentNullException.ThrowIfNull(by);
        await ready.EnsureAsync(cancellationToken).ConfigureAwait(false);
        var row = new TableEntity(Partition, year.Year.ToString(System.Globalization.CultureInfo.InvariantCulture))
        {
            ["Year"] = year.Year,
            ["Days"] = year.Days.Count,
            ["LoadedBy"] = by.Actor,
            ["LoadedAt"] = by.Now,
        };
        LongText.Write(row, "Json", year.Json);
        await table.UpsertEntityAsync(row, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
    }
}
