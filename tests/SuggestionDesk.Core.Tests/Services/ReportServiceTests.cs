using SuggestionDesk.Calendar;
using SuggestionDesk.Ports;
using SuggestionDesk.Reporting;
using SuggestionDesk.Services;

namespace SuggestionDesk.Core.Tests.Services;

/// <summary>The report's service over a store: which sessions it reports on; the PDF itself is tested in SuggestionDesk.Pdf.Tests.</summary>
public sealed class ReportServiceTests
{
    private const string Second = "市七届人大二次会议";
    private static readonly DateOnly AsOf = new(2026, 11, 27);

    private readonly InMemorySuggestionStore store = new();
    private readonly CountingRenderer renderer = new();
    private readonly InMemoryRunRecords records = new();

    [Fact]
    public async Task AnUnknownSessionIsRefusedNamingItAndTheStoredSessionsBeforeAnythingIsRenderedOrRecorded()
    {
        await AddItemsOfBothSessions();
        using var output = new MemoryStream();

        var error = await Assert.ThrowsAsync<SessionNotFoundException>(() =>
            Service().WriteAsync(new ReportOptions { AsOf = AsOf, Session = "市七届人大3次会议" }, output, "王五"));

        Assert.Equal("No suggestion is in the session '市七届人大3次会议'. The sessions in the store: 市七届人大一次会议, 市七届人大二次会议. Check the session's name.", error.Message);
        Assert.Equal("市七届人大3次会议", error.Session);
        Assert.Equal([Session, Second], error.KnownSessions);
        Assert.Null(error.Suggested);
        Assert.Equal((0, 0L), (renderer.Calls, output.Length));
        Assert.Empty(records.All);
    }

    [Theory]
    [InlineData("市七届人大 二次会议")]
    [InlineData("市七届人大　二次会议")]
    [InlineData("市七届人大2次会议")]
    [InlineData("市七届人大２次会议")]
    public async Task ASessionDifferingOnlyInSpacingWidthOrHowItsNumberIsWrittenIsSuggested(string given)
    {
        await AddItemsOfBothSessions();

        var error = await Assert.ThrowsAsync<SessionNotFoundException>(() =>
            Service().BuildAsync(new ReportOptions { AsOf = AsOf, Session = given }));

        Assert.Equal(Second, error.Suggested);
        Assert.Contains($"'{given}'. Did you mean '{Second}'?", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AStoreWithNoSessionSaysSo()
    {
        var error = await Assert.ThrowsAsync<SessionNotFoundException>(() =>
            Service().BuildAsync(new ReportOptions { AsOf = AsOf, Session = Session }));

        Assert.Contains("the store holds no session yet", error.Message, StringComparison.Ordinal);
        Assert.Empty(error.KnownSessions);
    }

    [Fact]
    public async Task AStoredSessionWithSpacesAroundItAndEverySessionAreReported()
    {
        await AddItemsOfBothSessions();
        using var output = new MemoryStream();

        var one = await Service().WriteAsync(new ReportOptions { AsOf = AsOf, Session = $" {Session} " }, output, "王五");
        var all = await Service().BuildAsync(new ReportOptions { AsOf = AsOf });

        Assert.Equal(2, one.Items);
        Assert.Equal(3, all.Ledger.Rows.Count);
        Assert.Equal(1, renderer.Calls);
        Assert.Single(records.All);
    }

    private async Task AddItemsOfBothSessions()
    {
        await store.AddAsync(New("20210001"));
        await store.AddAsync(New("20210002"));
        await store.AddAsync(New("20220001", session: Second));
    }

    private ReportService Service() =>
        new(store, new ItemDeadlines(DeadlinePolicy.Default, WorkingDayCalendar.BuiltIn), renderer, records, TestClock.At(AsOf));

    private sealed class CountingRenderer : IReportRenderer
    {
        public int Calls { get; private set; }

        public int Render(ReportModel model, Stream output, CancellationToken cancellationToken = default)
        {
            Calls++;
            output.WriteByte(1);
            return 1;
        }
    }
}
