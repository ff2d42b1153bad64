namespace SuggestionDesk.PowerShell.Tests;

/// <summary>Enum parameters take the words the views and ledgers use, in Chinese or English, and dates in every year-first form.</summary>
[Collection(ModuleCollection.Name)]
public sealed class ChineseWordsCmdletTests(AzuriteFixture module)
{
    private const string NewItem = """
        New-Suggestion -Number $args[0] -Kind $args[1] -Role $args[2] -Title '关于优化营商环境的建议' -Session '市七届人大一次会议' `
            -LeadProposer '王代表' -Department '规划发展处' -Owner '李四' -AssignedOn 2021.3.10 | Out-Null
        """;

    [Fact]
    public void ItemsAreRegisteredAndHandledWithChineseWords()
    {
        using var ps = module.Connect();
        ps.RunClean(NewItem, "1", "提案", "汇办");
        ps.RunClean(NewItem, "2", "建议", "主办");

        ps.RunClean("""
            Confirm-SuggestionReceipt 2 -On 2021．3．11
            Add-SuggestionContact 2 -Method 上门拜访 -On 2021年3月12日
            Add-SuggestionContact 2 -Method 电话 -On 20210313
            Set-SuggestionReply 2 -ResultClass A -Text '已采纳' -RepliedOn 2021-04-01
            Set-SuggestionEvaluation 2 -Result 基本满意 -On 2021/4/10
            Set-Suggestion 1 -Kind suggestion -Role 协办 | Out-Null
            """);
        var first = ps.RunClean("Get-Suggestion 1").Single();
        var second = ps.RunClean("Get-Suggestion 2").Single();
        var methods = ps.RunClean("Get-SuggestionContact 2 | ForEach-Object { $_.Method.ToString() }").Select(o => o.ToString());

        Assert.Equal(("Suggestion", "Joint"), (first.Properties["Kind"].Value.ToString(), first.Properties["Role"].Value.ToString()));
        Assert.Equal("2021-03-10", first.Properties["AssignedOn"].Value.ToString());
        Assert.Equal("2021-03-11", second.Properties["SignedForOn"].Value.ToString());
        Assert.Equal("2021-04-10 基本满意", second.Properties["Evaluations"].Value.ToString());
        Assert.Equal(["Visit", "Phone"], methods.Order(StringComparer.Ordinal).Reverse());
    }

    [Theory]
    [InlineData("A类", "A", "")]
    [InlineData("Ａ类", "A", "")]
    [InlineData("'B类（正在解决或列入计划）'", "B", "-FollowUpBy 2021-12-31")]
    public void AResultClassIsTakenAsOfficesWriteItAndADateTimeAtMidnightAsItsDay(string resultClass, string code, string followUp)
    {
        using var ps = module.Connect();
        ps.RunClean(NewItem, "1", "建议", "主办");

        ps.RunClean($"""
            Confirm-SuggestionReceipt 1 -On '2021/3/11 0:00'
            Set-SuggestionReply 1 -ResultClass {resultClass} -Text '已答复' -RepliedOn '2021-04-01 00:00:00' {followUp}
            """);

        Assert.Equal([code], ps.RunClean("(Get-Suggestion 1).Replies[0].ResultClass.Code").Select(o => o.ToString()));
        Assert.Equal(["2021-04-01"], ps.RunClean("(Get-Suggestion 1).Replies[0].Date.ToString('yyyy-MM-dd')").Select(o => o.ToString()));
    }

    [Fact]
    public void StatusesAreSelectedByTheirChineseOrEnglishNames()
    {
        using var ps = module.Connect();
        ps.RunClean(NewItem, "1", "Suggestion", "Lead");
        ps.RunClean(NewItem, "2", "Suggestion", "Lead");
        ps.RunClean("Confirm-SuggestionReceipt 2 -On 2021-03-11");

        string[] Numbers(string script) => ps.RunClean(script).Select(o => o.Properties["Number"].Value.ToString()!).ToArray();

        Assert.Equal(["2"], Numbers("Get-Suggestion -Status 已签收"));
        Assert.Equal(["1"], Numbers("Get-Suggestion -Status 已交办"));
        Assert.Equal(["1", "2"], Numbers("Get-Suggestion -Status 已交办, signedfor"));
        Assert.Equal(["2"], Numbers("Get-Suggestion -Status 已签收 | Where-Object StatusChinese -eq '已签收'"));
    }

    [Theory]
    [InlineData("Get-Suggestion -Status 已督办", "'已督办' is not a status. Give Assigned (已交办), SignedFor (已签收), Replied (已答复), Rehandling (重新办理), Closed (已办结) or Returned (已退回).")]
    [InlineData("Set-SuggestionEvaluation 1 -Result 很满意", "'很满意' is not an evaluation. Give Satisfied (满意), BasicallySatisfied (基本满意) or Unsatisfied (不满意).")]
    [InlineData("Add-SuggestionContact 1 -Method 微信", "'微信' is not a contact method. Give Phone (电话), Visit (上门), Meeting (座谈), Survey (调研) or Other (其他).")]
    [InlineData("Set-Suggestion 1 -Role 督办", "'督办' is not a handling role. Give Lead (主办), Sole (承办), Split (分办) or Joint (会办/汇办/协办).")]
    [InlineData("Set-Suggestion 1 -Kind 议案", "'议案' is not a kind. Give Suggestion (建议) or Proposal (提案).")]
    public void AWordOfNoValueIsRefusedNamingItAndTheWordsAcceptedInBothLanguages(string script, string message)
    {
        using var ps = module.Connect();
        ps.RunClean(NewItem, "1", "建议", "主办");

        ps.Run(script);

        var error = Assert.Single(ps.Errors);
        Assert.Contains(message, error.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Get-Suggestion -Status 已", new[] { "已交办", "已签收", "已答复", "已办结", "已退回" })]
    [InlineData("Get-Suggestion -Status sign", new[] { "SignedFor" })]
    [InlineData("Set-SuggestionEvaluation 1 -Result ", new[] { "Satisfied", "BasicallySatisfied", "Unsatisfied", "满意", "基本满意", "不满意" })]
    [InlineData("Add-SuggestionContact 1 -Method ", new[] { "Phone", "Visit", "Meeting", "Survey", "Other", "电话", "上门", "座谈", "调研", "其他" })]
    [InlineData("New-Suggestion -Role ", new[] { "Lead", "Sole", "Split", "Joint", "主办", "承办", "分办", "会办", "汇办", "协办" })]
    [InlineData("Set-Suggestion 1 -Kind ", new[] { "Suggestion", "Proposal", "建议", "提案" })]
    public void CompletionOffersBothLanguages(string line, string[] expected)
    {
        using var ps = module.Connect();

        var offered = ps.RunClean("(TabExpansion2 -inputScript $args[0] -cursorColumn $args[0].Length).CompletionMatches.CompletionText", line)
            .Select(o => o.ToString());

        Assert.Equal(expected, offered);
    }

    [Theory]
    [InlineData("2021.3.10")]
    [InlineData("2021．3．10")]
    [InlineData("２０２１年３月１０日")]
    [InlineData("2021 年 3 月 10 日")]
    public void ADateParameterTakesEveryYearFirstForm(string text)
    {
        using var ps = module.Connect();

        var due = ps.RunClean("(Get-SuggestionDueDate -From $args[0] -WorkingDays 3).DueOn.ToString('yyyy-MM-dd')", text).Single();

        Assert.Equal("2021-03-15", due.ToString());
    }

    [Theory]
    [InlineData("3/10/2021")]
    [InlineData("10.3.2021")]
    public void ADayOrMonthFirstDateParameterIsRefusedAsAmbiguous(string text)
    {
        using var ps = module.Connect();

        ps.Run("Get-SuggestionDueDate -From $args[0] -WorkingDays 3", text);

        var error = Assert.Single(ps.Errors).ToString();
        Assert.Contains($"'{text}' is not a date", error, StringComparison.Ordinal);
        Assert.Contains("with the year first", error, StringComparison.Ordinal);
        Assert.Contains("yyyy-MM-dd, yyyy/M/d, yyyy.M.d, yyyy年M月d日 or yyyyMMdd", error, StringComparison.Ordinal);
    }
}
