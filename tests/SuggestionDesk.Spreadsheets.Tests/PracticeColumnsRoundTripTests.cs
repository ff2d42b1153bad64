namespace SuggestionDesk.Spreadsheets.Tests;

/// <summary>领办领导 and 重点类型 through real CSV and xlsx files, in both header languages, and a bad cell in a file.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class PracticeColumnsRoundTripTests(AzuriteFixture azurite) : IDisposable
{
    private static readonly ChangeContext Office = TestClock.As("督办办公室");
    private readonly TempDirectory temp = new();

    [Theory]
    [InlineData("led.csv", Language.Chinese, "领办领导", "重点类型", "重点、热点")]
    [InlineData("led.csv", Language.English, "LeadingOfficial", "Priority", "Key, Hot")]
    [InlineData("led.xlsx", Language.Chinese, "领办领导", "重点类型", "重点、热点")]
    [InlineData("led.xlsx", Language.English, "LeadingOfficial", "Priority", "Key, Hot")]
    public async Task TheLeadingOfficialAndThePrioritiesAreExportedAndImportedBack(string name, Language headers, string officialHeader, string priorityHeader, string cell)
    {
        var first = azurite.NewStore();
        await first.AddAsync(SuggestionItem.Create(Spec("20210347") with { LeadingOfficial = "张局长", Priorities = [ItemPriority.Hot, ItemPriority.Key] }, Office));
        await first.AddAsync(SuggestionItem.Create(Spec("20210254"), Office));

        var path = temp.File(name);
        LedgerFiles.Write(path, await new LedgerExportService(first).ExportAsync(headers: headers));
        var read = LedgerFiles.Read(path);
        var second = azurite.NewStore();
        var result = await new LedgerImportService(second, Office).ImportAsync(read, skipInvalid: false);

        var official = read.Headers.ToList().IndexOf(officialHeader);
        var priority = read.Headers.ToList().IndexOf(priorityHeader);
        Assert.True(official >= 0 && priority >= 0, $"headers: {string.Join(", ", read.Headers)}");
        Assert.Equal(("张局长", cell), (read.Rows.Single(r => r.Cell(0) == "20210347").Cell(official), read.Rows.Single(r => r.Cell(0) == "20210347").Cell(priority)));
        Assert.Equal(("", ""), (read.Rows.Single(r => r.Cell(0) == "20210254").Cell(official), read.Rows.Single(r => r.Cell(0) == "20210254").Cell(priority)));
        Assert.Empty(result.Errors);
        var led = (await second.FindAsync(SuggestionNumber.Parse("20210347")))!;
        Assert.Equal("张局长", led.LeadingOfficial);
        Assert.Equal([ItemPriority.Key, ItemPriority.Hot], led.Priorities);
        var plain = (await second.FindAsync(SuggestionNumber.Parse("20210254")))!;
        Assert.Null(plain.LeadingOfficial);
        Assert.Empty(plain.Priorities);
        var again = await new LedgerImportService(second, Office).ImportAsync(read, skipInvalid: false);
        Assert.Equal(2, again.Unchanged);
    }

    [Fact]
    public async Task ABadPriorityInAFileIsNamedAndNothingIsImported()
    {
        var store = azurite.NewStore();
        var path = temp.File("bad.csv");
        await File.WriteAllTextAsync(path,
            "编号,标题,届次,提出人,办理类型,承办部门,责任人,交办日期,领办领导,重点类型\n"
            + "20210347,关于创新智慧城市的建议,市七届人大一次会议,王代表,主办,规划发展处,李四,2021-03-15,张局长,\"重点,难点\"\n"
            + "20210254,关于老旧社区的建议,市七届人大一次会议,陈代表,主办,数据资源处,王五,2021-03-15,刘局长,重点、紧急\n");

        var result = await new LedgerImportService(store, Office).ImportAsync(LedgerFiles.Read(path), skipInvalid: false);

        var error = Assert.Single(result.Errors);
        Assert.Equal((3, "重点类型", "重点、紧急"), (error.Row, error.Column, error.Value));
        Assert.Contains("'紧急' is none of them", error.Expected, StringComparison.Ordinal);
        Assert.Equal(0, result.Created);
        Assert.Null(await store.FindAsync(SuggestionNumber.Parse("20210347")));
    }

    public void Dispose() => temp.Dispose();
}
