namespace SuggestionDesk.Core.Tests.Items;

/// <summary>An item's points (要点) and measures (办理措施): numbered from 1 without gaps, each change one history entry.</summary>
public sealed class PointTests
{
    private static readonly ChangeContext By = TestClock.As("李四");

    [Fact]
    public void TheNextNumberAddsAPointAndItsHistorySaysWhich()
    {
        var item = New();

        item.SetPoint(3, "加强网络安全", "建立安全评估制度。", By);

        Assert.Equal(new SubPoint("加强网络安全", "建立安全评估制度。"), item.SubPoints[2]);
        var entry = item.PendingHistory[^1];
        Assert.Equal("AddPoint", entry.Action);
        Assert.Equal(
            [new FieldChange("SubPoints[3].Measures", null, "建立安全评估制度。"), new FieldChange("SubPoints[3].Title", null, "加强网络安全")],
            entry.Changes);
        Assert.Equal("AddPoint 3: 加强网络安全", HistoryText.Describe(entry));
    }

    [Fact]
    public void ChangingTheMeasuresLeavesTheWordingAndTheOtherPointsAlone()
    {
        var item = New();

        item.SetPoint(2, null, "经汇总市财政局会办意见。", By);

        Assert.Equal(["探索\"建管分离\"\"运管分离\"顶层设计", "优化智慧城市和数字政府建设模式"], item.SubPoints.Select(p => p.Title));
        Assert.Null(item.SubPoints[0].Measures);
        Assert.Equal("经汇总市财政局会办意见。", item.SubPoints[1].Measures);
        var entry = item.PendingHistory[^1];
        Assert.Equal(("ChangePoint", "ChangePoint 2: measures 12 characters"), (entry.Action, HistoryText.Describe(entry)));
    }

    [Fact]
    public void ChangingTheWordingKeepsTheMeasures()
    {
        var item = New();
        item.SetPoint(1, null, "开展调研。", By);

        item.SetPoint(1, "探索“建管分离”“运管分离”顶层设计", null, By);

        Assert.Equal(new SubPoint("探索“建管分离”“运管分离”顶层设计", "开展调研。"), item.SubPoints[0]);
        Assert.Equal("ChangePoint 1: wording 探索“建管分离”“运管分离”顶层设计", HistoryText.Describe(item.PendingHistory[^1]));
    }

    [Fact]
    public void SettingWhatIsAlreadyRecordedQueuesNothing()
    {
        var item = New();
        var entries = item.PendingHistory.Count;

        item.SetPoint(2, "优化智慧城市和数字政府建设模式", null, By);

        Assert.Equal(entries, item.PendingHistory.Count);
    }

    [Fact]
    public void BlankMeasuresClearThem()
    {
        var item = New();
        item.SetPoint(1, null, "开展调研。", By);

        item.SetPoint(1, null, " \n　", By);

        Assert.Null(item.SubPoints[0].Measures);
        Assert.Equal("ChangePoint 1: measures cleared", HistoryText.Describe(item.PendingHistory[^1]));
    }

    [Fact]
    public void MeasuresAreKeptAsTrimmedParagraphsWhateverTheLineBreaks()
    {
        var item = New();

        item.SetPoint(1, null, "　　近年来，我市高度重视顶层设计。\r\n\r\n　　当前，我局正组织开展研究。\u2029下一步，继续推进。  ", By);

        Assert.Equal("近年来，我市高度重视顶层设计。\n当前，我局正组织开展研究。\n下一步，继续推进。", item.SubPoints[0].Measures);
    }

    [Fact]
    public void APointNumberPastTheNextIsRefusedSayingWhichComesNext()
    {
        var item = New();

        var error = Assert.Throws<ItemRuleException>(() => item.SetPoint(4, "加强网络安全", null, By));

        Assert.Equal("Suggestion '20210347': it has 2 points, so the next new point is point 3, not 4: points are numbered without gaps. Add point 3 first.", error.Message);
        Assert.Equal(2, item.SubPoints.Count);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void APointNumberBelowOneIsNotAPointNumber(int index)
    {
        var item = New();

        var error = Assert.Throws<ArgumentException>(() => item.SetPoint(index, "x", null, By));

        Assert.Contains($"{index} is not a point number; points are numbered 1, 2, 3", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ANewPointNeedsItsWording()
    {
        var item = New();

        var error = Assert.Throws<ItemRuleException>(() => item.SetPoint(3, null, "措施。", By));

        Assert.Contains("point 3 is a new one; give its wording to add it", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("第一行\n第二行")]
    public void TheWordingIsOneLineOfText(string title)
    {
        var item = New();

        Assert.Throws<ArgumentException>(() => item.SetPoint(1, title, null, By));
    }

    [Fact]
    public void MeasuresUpToTheLongTextLimitAreKeptAndLongerOnesRefusedWithTheirSize()
    {
        var item = New();
        // Ten paragraphs and their nine line breaks: 100,000 characters.
        var longest = string.Join('\n', Enumerable.Repeat(new string('措', 9_999), 9).Append(new string('措', 10_000)));

        item.SetPoint(1, null, longest, By);
        var error = Assert.Throws<ArgumentException>(() => item.SetPoint(2, null, longest + "超", By));

        Assert.Equal(TextRules.LongTextMaxLength, item.SubPoints[0].Measures!.Length);
        Assert.Contains("The text of the measures of point 2 is 100,001 characters long; the limit is 100,000", error.Message, StringComparison.Ordinal);
        Assert.Null(item.SubPoints[1].Measures);
    }

    [Fact]
    public void MeasuresOfAReturnedItemAreRefusedButItsWordingMayBeCorrected()
    {
        var item = New();
        item.RequestReturn(new DateOnly(2021, 3, 17), "不属于我局职责", By);
        item.DecideReturn(approve: true, new DateOnly(2021, 3, 18), "徐副局长", By);

        var error = Assert.Throws<ItemRuleException>(() => item.SetPoint(1, null, "措施。", By));
        item.SetPoint(1, "探索顶层设计", null, By);

        Assert.Contains("it was returned; the measures belong to the unit now handling it", error.Message, StringComparison.Ordinal);
        Assert.Equal("探索顶层设计", item.SubPoints[0].Title);
    }

    [Fact]
    public void RemovingAPointMovesTheLaterOnesUpAndRecordsOnlyWhatWasRemoved()
    {
        var item = New();
        item.SetPoint(1, null, "开展调研。", By);
        item.SetPoint(3, "加强网络安全", null, By);

        item.RemovePoint(1, By);

        Assert.Equal(["优化智慧城市和数字政府建设模式", "加强网络安全"], item.SubPoints.Select(p => p.Title));
        var entry = item.PendingHistory[^1];
        Assert.Equal("RemovePoint", entry.Action);
        Assert.Equal(
            [new FieldChange("SubPoints[1].Title", "探索\"建管分离\"\"运管分离\"顶层设计", null), new FieldChange("SubPoints[1].Measures", "开展调研。", null)],
            entry.Changes);
        Assert.Equal("RemovePoint 1: 探索\"建管分离\"\"运管分离\"顶层设计", HistoryText.Describe(entry));
    }

    [Fact]
    public void RemovingAPointThatIsNotThereIsRefusedNamingThePointsThereAre()
    {
        var item = New();

        var error = Assert.Throws<ItemRuleException>(() => item.RemovePoint(3, By));

        Assert.Equal("Suggestion '20210347': it has 2 points (1–2); there is no point 3 to remove.", error.Message);
    }

    [Fact]
    public void ReplacingAllPointsAtOnceKeepsThemToTheSameRules()
    {
        var item = New();

        var error = Assert.Throws<ArgumentException>(() => item.Edit(new ItemEdit { SubPoints = [new SubPoint("一"), new SubPoint(" ")] }, By));

        Assert.Contains("Point 2 is missing", error.Message, StringComparison.Ordinal);
    }
}
