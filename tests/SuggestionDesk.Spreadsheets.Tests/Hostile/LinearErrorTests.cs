using System.Diagnostics;

namespace SuggestionDesk.Spreadsheets.Tests.Hostile;

/// <summary>Errors grow with the file, not with its square, and what is listed stops at a readable number.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class LinearErrorTests(AzuriteFixture azurite)
{
    private static readonly ChangeContext Office = TestClock.As("督办办公室");
    private static readonly string[] Headers = ["编号", "标题", "届次", "提出人", "办理类型", "承办部门", "责任人", "交办日期"];

    [Fact]
    public async Task TwentyThousandRowsSharingAPlaceholderNumberAreOneErrorAndTheListStopsAtAThousand()
    {
        var rows = Enumerable.Range(0, 20_000).Select(i => Row(i + 2, "待编号", "2021-03-15"))
            .Concat(Enumerable.Range(0, 1_500).Select(i => Row(20_002 + i, $"2021/{i:0000}", "2021-02-30")))
            .ToArray();
        var table = new LedgerTable(Headers, rows);
        var clock = Stopwatch.StartNew();

        var result = await new LedgerImportService(azurite.NewStore(), Office).ImportAsync(table, skipInvalid: false);

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"took {clock.Elapsed.TotalSeconds:N1} s");
        Assert.True(result.Refused);
        Assert.Equal(21_500, result.Invalid);
        Assert.Equal(1_000, result.Errors.Count);
        Assert.Equal(501, result.ErrorsNotListed);
        Assert.Contains("rows 2–20001 (20,000 rows) share it", result.Errors[0].Expected, StringComparison.Ordinal);
        Assert.True(result.Errors.Sum(e => e.ToString().Length) < 1_000 * 300, "every listed error is a line, not a list of rows");
    }

    private static LedgerRow Row(int number, string suggestion, string assigned) =>
        new(number, [suggestion, "关于智慧城市建设的建议", "市七届人大一次会议", "王代表", "主办", "规划发展处", "李四", assigned]);
}
