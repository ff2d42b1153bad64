using SuggestionDesk.Calendar;

namespace SuggestionDesk.Core.Tests.Items;

public sealed class EnumWordsTests
{
    [Theory]
    [InlineData("已签收", ItemStatus.SignedFor)]
    [InlineData("signedfor", ItemStatus.SignedFor)]
    [InlineData("SIGNEDFOR", ItemStatus.SignedFor)]
    [InlineData(" 已 办 结 ", ItemStatus.Closed)]
    [InlineData("重新办理", ItemStatus.Rehandling)]
    [InlineData("已退回", ItemStatus.Returned)]
    public void AStatusIsReadInEitherLanguage(string text, ItemStatus expected)
    {
        Assert.True(ItemStatusNames.Words.TryRead(text, out var status));
        Assert.Equal(expected, status);
    }

    [Theory]
    [InlineData("电话", ContactMethod.Phone)]
    [InlineData("电话联系", ContactMethod.Phone)]
    [InlineData("上门拜访", ContactMethod.Visit)]
    [InlineData("座谈面商", ContactMethod.Meeting)]
    [InlineData("共同调研", ContactMethod.Survey)]
    [InlineData("其他", ContactMethod.Other)]
    public void AContactMethodIsReadInItsShortAndItsReportForm(string text, ContactMethod expected)
    {
        Assert.True(ContactMethodNames.Words.TryRead(text, out var method));
        Assert.Equal(expected, method);
    }

    [Theory]
    [InlineData("汇办", HandlingRole.Joint)]
    [InlineData("协办件", HandlingRole.Joint)]
    [InlineData("ｌｅａｄ", HandlingRole.Lead)]
    public void ARoleIsReadUnderItsLocalNames(string text, HandlingRole expected)
    {
        Assert.True(HandlingRoleRules.Words.TryRead(text, out var role));
        Assert.Equal(expected, role);
    }

    [Fact]
    public void EveryValueOfEveryItemEnumHasAChineseName()
    {
        Assert.Equal(["已交办", "已签收", "已答复", "重新办理", "已办结", "已退回"], Enum.GetValues<ItemStatus>().Select(s => s.ChineseName()));
        Assert.Equal(["满意", "基本满意", "不满意"], Enum.GetValues<EvaluationResult>().Select(r => r.ChineseName()));
        Assert.Equal(["建议", "提案"], Enum.GetValues<ItemKind>().Select(k => k.ChineseName()));
        Assert.Equal(["主办", "承办", "分办", "会办"], Enum.GetValues<HandlingRole>().Select(r => r.ChineseName()));
        Assert.Equal(["电话", "上门", "座谈", "调研", "其他"], Enum.GetValues<ContactMethod>().Select(m => m.ChineseName()));
    }

    [Fact]
    public void TheWordsExpectedNameEveryValueInBothLanguages()
    {
        Assert.Equal(
            "Assigned (已交办), SignedFor (已签收), Replied (已答复), Rehandling (重新办理), Closed (已办结) or Returned (已退回)",
            ItemStatusNames.Words.Expected);
        Assert.Equal("Lead (主办), Sole (承办), Split (分办) or Joint (会办/汇办/协办)", HandlingRoleRules.Words.Expected);
    }

    [Fact]
    public void AWordOfNoValueIsNotRead()
    {
        Assert.False(ItemStatusNames.Words.TryRead("督办", out _));
        Assert.False(ItemStatusNames.Words.TryRead(null, out _));
        Assert.Null(ItemWords.For(typeof(DeadlineUnit)));
        Assert.Same(DeadlineClockNames.Words, ItemWords.For(typeof(DeadlineClock)));
        Assert.Same(ItemStatusNames.Words, ItemWords.For(typeof(ItemStatus)));
    }

    [Fact]
    public void AValueWithoutAChineseWordIsRefusedWhenTheWordsAreDefined()
    {
        var error = Assert.Throws<ArgumentException>(() => new EnumWords<ItemKind>("kind", (ItemKind.Suggestion, ["建议"], [])));

        Assert.Contains("ItemKind Proposal", error.Message, StringComparison.Ordinal);
    }
}
