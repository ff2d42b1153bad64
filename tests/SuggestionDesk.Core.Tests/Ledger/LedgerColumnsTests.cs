using SuggestionDesk.Ledger;

namespace SuggestionDesk.Core.Tests.Ledger;

public sealed class LedgerColumnsTests
{
    public static TheoryData<string, string> Headers => new()
    {
        { "Number", "Number" },
        { "编号", "Number" },
        { "number", "Number" },
        { " Number ", "Number" },
        { "Number 编号", "Number" },
        { "编号（Number）", "Number" },
        { "编号*", "Number" },
        { "建议编号", "Number" },
        { "标题", "Title" },
        { "类别", "Kind" },
        { "届次", "Session" },
        { "提出人", "Proposers" },
        { "办理类型", "Role" },
        { "主办单位", "LeadUnit" },
        { "承办部门", "Department" },
        { "责任人", "Owner" },
        { "责任人邮箱", "OwnerEmail" },
        { "Owner_Email", "OwnerEmail" },
        { "交办日期", "AssignedOn" },
        { "签收日期", "SignedOn" },
        { "答复日期", "RepliedOn" },
        { "办理结果", "ResultClass" },
        { "评价", "Evaluation" },
        { "评价日期", "EvaluatedOn" },
        { "公开日期", "PublishedOn" },
        { "主题", "Topics" },
        { "ｔｉｔｌｅ", "Title" },
        // As real ledgers write them: wrapped with Alt+Enter, spaced, with a note in (full-width) brackets.
        { "交办\n日期", "AssignedOn" },
        { "答 复 日 期", "RepliedOn" },
        { "办理结果\n（A/B/C/D）", "ResultClass" },
        { "办理结果(A类/B类/C类/D类)", "ResultClass" },
        { "答复日期【必填】", "RepliedOn" },
        { "责任人〔经办人〕", "Owner" },
    };

    [Theory]
    [InlineData("序号", true)]
    [InlineData("序 号", true)]
    [InlineData("No.", true)]
    [InlineData("编号", false)]
    [InlineData("备注", false)]
    public void TheRowCountColumnIsKnownButIsNoLedgerColumn(string header, bool isRowCount)
    {
        Assert.Equal(isRowCount, LedgerColumns.IsRowIndex(header));
        Assert.Equal(header == "编号", LedgerColumns.Find(header) is not null);
    }

    [Theory]
    [MemberData(nameof(Headers))]
    public void AHeaderNamesItsColumnInEnglishChineseOrBoth(string header, string column)
    {
        Assert.Equal(column, LedgerColumns.Find(header)?.Name);
    }

    [Theory]
    [InlineData("备注")]
    [InlineData("")]
    [InlineData("Number 标题")]
    public void AHeaderThatIsNotALedgerColumnOrNamesTwoColumnsMatchesNone(string header)
    {
        Assert.Null(LedgerColumns.Find(header));
    }

    [Fact]
    public void EveryColumnHasDistinctEnglishAndChineseHeaders()
    {
        Assert.Equal(LedgerColumns.All.Count, LedgerColumns.All.Select(c => c.Name).Distinct().Count());
        Assert.Equal(LedgerColumns.All.Count, LedgerColumns.All.Select(c => c.ChineseName).Distinct().Count());
        Assert.All(LedgerColumns.All, c => Assert.Same(c, LedgerColumns.Find(c.Name)));
        Assert.All(LedgerColumns.All, c => Assert.Same(c, LedgerColumns.Find(c.ChineseName)));
    }
}
