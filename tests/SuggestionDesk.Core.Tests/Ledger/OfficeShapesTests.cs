using SuggestionDesk.Ledger;

namespace SuggestionDesk.Core.Tests.Ledger;

/// <summary>
/// Cells as a real office's ledger holds them: a totals row under the items, names separated with commas or slashes
/// and padded with spaces to line up, dates saved from date-time cells, result classes written as A类.
/// </summary>
public sealed class OfficeShapesTests
{
    private static readonly string[] Header =
        ["序号", "编号", "建议标题", "届次", "提出人", "办理类型", "承办处室", "承办人", "交办日期", "签收日期", "答复日期", "办理结果", "领办领导"];

    private static string[] Row(
        string index, string number, string title = "关于加快老旧小区改造的建议", string proposers = "王代表", string owner = "李明",
        string assigned = "2026-03-02", string replied = "", string resultClass = "", string leading = "") =>
        [index, number, title, "市八届人大五次会议", proposers, "主办", "城市建设处", owner, assigned, "2026-03-03", replied, resultClass, leading];

    private static string[] Blank(params (int Index, string Text)[] cells)
    {
        var row = Enumerable.Repeat("", Header.Length).ToArray();
        foreach (var (index, text) in cells)
        {
            row[index] = text;
        }

        return row;
    }

    private static (List<SuggestionItem> Items, List<LedgerError> Errors, List<LedgerWarning> Warnings) Read(params string[][] rows) =>
        LedgerRows.Build(LedgerTable.FromFileRows([Header, .. rows]));

    [Theory]
    [InlineData("合计", "5件")]
    [InlineData("合计：", "5件")]
    [InlineData("总计", "共5件")]
    [InlineData("小计", "24")]
    [InlineData("共计：5件", "")]
    [InlineData("合计:５件", "")]
    public void ATotalsRowUnderTheItemsIsANoteAndTheItemsAreImported(string word, string count)
    {
        var (items, errors, warnings) = Read(
            Row("1", "20260101"), Row("2", "20260102"), Row("3", "20260103"), Row("4", "20260104"), Row("5", "20260105"),
            Blank((0, word), (1, count)),
            Blank((0, "填表人：张三")));

        Assert.Empty(errors);
        Assert.Equal(5, items.Count);
        var notes = warnings.Where(w => w.Column.Length == 0).Select(w => w.ToString()).ToArray();
        Assert.Equal(2, notes.Length);
        Assert.StartsWith($"Row 7: looks like a note ('{string.Join(" ", new[] { word, count }.Where(t => t.Length > 0))}'), not an item", notes[0], StringComparison.Ordinal);
        Assert.StartsWith("Row 8: looks like a note ('填表人：张三')", notes[1], StringComparison.Ordinal);
    }

    [Fact]
    public void ATotalsRowWithACountUnderSeveralColumnsIsANote()
    {
        var (items, errors, warnings) = Read(Row("1", "20260101"), Blank((0, "合计"), (1, "5件"), (10, "3件"), (11, "60%")));

        Assert.Empty(errors);
        Assert.Single(items);
        Assert.Contains(warnings, w => w.Row == 3 && w.Message.Contains("looks like a note ('合计 5件 3件 60%')", StringComparison.Ordinal));
    }

    [Fact]
    public void AnItemWhoseTitleHoldsATotalsWordIsStillAnItem()
    {
        var (items, errors, _) = Read(Row("1", "20260101", title: "合计"), Row("2", "20260102", title: "关于合计发放补贴的建议"));

        Assert.Empty(errors);
        Assert.Equal(["合计", "关于合计发放补贴的建议"], items.Select(i => i.Title));
    }

    [Fact]
    public void ATotalsWordBesideAnythingButCountsIsNoTotalsRow()
    {
        // 合计 beside a title and a name is a row to check, not a note to drop silently.
        var (items, errors, _) = Read(Row("1", "20260101"), Blank((0, "合计"), (2, "关于加快老旧小区改造的建议"), (4, "王代表")));

        Assert.Single(items);
        Assert.Contains(errors, e => e.Row == 3);
    }

    [Theory]
    [InlineData("陈代表，刘代表")]
    [InlineData("陈代表,刘代表")]
    [InlineData("陈代表/刘代表")]
    [InlineData("陈代表／刘代表")]
    [InlineData("陈代表 ， 刘代表")]
    [InlineData("陈代表、刘代表")]
    public void ProposersSeparatedByCommasOrSlashesAreALeadAndACoSigner(string cell)
    {
        var (items, errors, _) = Read(Row("1", "20260101", proposers: cell));

        Assert.Empty(errors);
        Assert.Equal("陈代表", items[0].Proposers.Lead);
        Assert.Equal(["刘代表"], items[0].Proposers.CoSigners);
    }

    [Theory]
    [InlineData("John Smith", "John Smith")]
    [InlineData("John Smith, Mary Jones", "John Smith", "Mary Jones")]
    [InlineData("陈代表 刘代表", "陈代表 刘代表")]
    [InlineData("周　洁，李 明", "周洁", "李明")]
    public void ProposersAreNeverSplitOnSpacesAndPaddedNamesAreJoined(string cell, string lead, params string[] coSigners)
    {
        var (items, errors, _) = Read(Row("1", "20260101", proposers: cell));

        Assert.Empty(errors);
        Assert.Equal(lead, items[0].Proposers.Lead);
        Assert.Equal(coSigners, items[0].Proposers.CoSigners);
    }

    [Theory]
    [InlineData("周　洁", "周洁")]
    [InlineData("李 明", "李明")]
    [InlineData("张 小 明", "张小明")]
    [InlineData("张  小明", "张小明")]
    [InlineData("李明", "李明")]
    [InlineData("John Smith", "John Smith")]
    [InlineData("李 Ming", "李 Ming")]
    [InlineData("李明 王芳", "李明 王芳")]
    public void PaddedNamesInTheOwnerAndLeadingOfficialColumnsAreStoredWithoutTheSpaces(string cell, string stored)
    {
        var (items, errors, _) = Read(Row("1", "20260101", owner: cell, leading: cell));

        Assert.Empty(errors);
        Assert.Equal(stored, items[0].Owner);
        Assert.Equal(stored, items[0].LeadingOfficial);
    }

    [Fact]
    public void TitlesKeepTheirCommasSlashesAndSpaces()
    {
        var (items, errors, _) = Read(Row("1", "20260101", title: "关于加快推进城市更新，改善 老旧小区/背街小巷环境的建议"));

        Assert.Empty(errors);
        Assert.Equal("关于加快推进城市更新，改善 老旧小区/背街小巷环境的建议", items[0].Title);
    }

    [Fact]
    public void ReadingAPaddedRowAgainChangesNothing()
    {
        var row = Row("1", "20260101", proposers: "陈代表，刘　洋", owner: "周　洁", leading: "王 强", replied: "2026/4/30 0:00", resultClass: "A类");
        var first = Read(row).Items.Single();

        var stored = SuggestionItem.Restore(first.ToSnapshot(), version: "v1");
        var entry = Assert.Single(LedgerValidation.Check(LedgerTable.FromFileRows([Header, row]), ResultClassScheme.Default).Entries);
        var errors = new List<LedgerError>();
        var warnings = new List<LedgerWarning>();

        Assert.True(new LedgerItemBuilder(TestClock.As("督办办公室")).Update(stored, entry, errors, warnings));
        Assert.Empty(errors);
        Assert.False(stored.HasStateChanges);
        Assert.Equal("刘洋", first.Proposers.CoSigners.Single());
    }

    [Theory]
    [InlineData("2026/4/30 0:00")]
    [InlineData("2026-04-30 00:00:00")]
    [InlineData("2026/4/30 00:00")]
    public void DatesSavedFromDateTimeCellsAtMidnightAreThatDate(string replied)
    {
        var (items, errors, _) = Read(Row("1", "20260101", assigned: "2026/3/2 0:00", replied: replied, resultClass: "A"));

        Assert.Empty(errors);
        Assert.Equal(new DateOnly(2026, 3, 2), items[0].AssignedOn);
        Assert.Equal(new DateOnly(2026, 4, 30), items[0].LastReply?.Date);
    }

    [Fact]
    public void ADateWithATimeOfDayOrAnExcelNumberIsRefusedSayingWhatToWrite()
    {
        var (_, errors, _) = Read(Row("1", "20260101", assigned: "46083", replied: "2026/4/30 14:30", resultClass: "A"));

        Assert.Equal(2, errors.Count);
        Assert.Contains("46083 looks like an Excel date number (2026-03-02); format the column as a date or write 2026-03-02", errors[0].ToString(), StringComparison.Ordinal);
        Assert.Contains("without a time of day ('2026/4/30 14:30' has one", errors[1].ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("A类", "A")]
    [InlineData("Ａ类", "A")]
    [InlineData("b类", "B")]
    [InlineData("A类（解决采纳）", "A")]
    [InlineData("A（解决采纳）", "A")]
    [InlineData("C类 因条件限制暂不能解决", "C")]
    [InlineData("留作参考", "D")]
    public void AResultClassWrittenAsACodeWithClassOrItsLabelIsRead(string cell, string code)
    {
        var (items, errors, _) = Read(Row("1", "20260101", replied: "2026-04-30", resultClass: cell));

        Assert.Empty(errors);
        Assert.Equal(code, items[0].LastReply?.ResultClass?.Code);
        Assert.Equal(code, ResultClassScheme.Default.Parse(cell).Code);
    }

    [Theory]
    [InlineData("E类")]
    [InlineData("A类（留作参考）")]
    [InlineData("AB")]
    [InlineData("类")]
    public void AResultClassThatNamesNoClassOrTwoIsRefused(string cell)
    {
        var (_, errors, _) = Read(Row("1", "20260101", replied: "2026-04-30", resultClass: cell));

        var error = Assert.Single(errors);
        Assert.Contains("a result class: A 解决采纳", error.ToString(), StringComparison.Ordinal);
        Assert.False(ResultClassScheme.Default.TryParse(cell, out _));
    }
}
