namespace SuggestionDesk.PowerShell.Tests;

/// <summary>The deadline policy through the cmdlets: kept in the store, read by every command that computes a due date.</summary>
[Collection(ModuleCollection.Name)]
public sealed class DeadlinePolicyCmdletTests(AzuriteFixture module)
{
    private const string Signed = """
        New-Suggestion -Number $args[0] -Title '关于优化企业开办的建议' -Session '市八届人大一次会议' -LeadProposer '王代表' `
            -Role Lead -Department '政务服务处' -Owner '陈刚' -OwnerEmail 'chengang@example.gov.cn' -AssignedOn 2026-07-01 | Out-Null
        Confirm-SuggestionReceipt $args[0] -On 2026-07-02
        """;

    private static DateOnly Due(PowerShellSession ps, string number, string clock, string asOf = "2026-09-15") =>
        (DateOnly)ps.RunClean($"Get-SuggestionDeadline '{number}' -AsOf {asOf}").Single(d => (string)d.Properties["Clock"].Value == clock).Properties["Due"].Value;

    private static string[] Overdue(PowerShellSession ps, string asOf = "2026-09-15") =>
        ps.RunClean($"Get-Suggestion -Overdue -AsOf {asOf} | ForEach-Object {{ $_.Number.Value }}").Select(o => o.ToString()!).ToArray();

    [Fact]
    public void AChangedReplyRuleMovesTheDueDateAndWhatIsOverdue()
    {
        using var ps = module.Connect();
        ps.RunClean(Signed, "2026/0001");
        var before = Due(ps, "2026/0001", "Reply");
        var overdueBefore = Overdue(ps);
        var summaryBefore = ps.RunClean("(Get-SuggestionSummary -AsOf 2026-09-15).Overdue").Single().BaseObject;

        var shown = ps.RunClean("Set-SuggestionDeadlinePolicy -Clock 答复 -Months 2").Single();
        var after = Due(ps, "2026/0001", "Reply");
        var overdueAfter = Overdue(ps);
        var summaryAfter = ps.RunClean("(Get-SuggestionSummary -AsOf 2026-09-15).Overdue").Single().BaseObject;

        Assert.Equal(new DateOnly(2026, 10, 8), before);
        Assert.Empty(overdueBefore);
        Assert.Equal(new DateOnly(2026, 9, 1), after);
        Assert.Equal(["2026/0001"], overdueAfter);
        Assert.Equal((0, 1), (summaryBefore, summaryAfter));
        Assert.False((bool)shown.Properties["IsDefault"].Value);
        Assert.Contains("答复：2个月  reply: 2 months", (string)shown.Properties["RulesText"].Value, StringComparison.Ordinal);
    }

    [Fact]
    public void ARuleForAnotherKindOrRoleLeavesTheItemAlone()
    {
        using var ps = module.Connect();
        ps.RunClean(Signed, "2026/0002");

        ps.RunClean("Set-SuggestionDeadlinePolicy Reply -Months 1 -Kind 提案 | Out-Null; Set-SuggestionDeadlinePolicy Reply -Months 1 -Role Split | Out-Null");
        var unchanged = Due(ps, "2026/0002", "Reply");
        ps.RunClean("Set-SuggestionDeadlinePolicy Reply -Months 4 -Kind Suggestion -Role Lead | Out-Null");
        var specific = Due(ps, "2026/0002", "Reply");
        ps.RunClean("Set-SuggestionDeadlinePolicy Reply -Kind Suggestion -Role Lead -Remove | Out-Null");

        Assert.Equal(new DateOnly(2026, 10, 8), unchanged);
        Assert.Equal(new DateOnly(2026, 11, 2), specific);
        Assert.Equal(new DateOnly(2026, 10, 8), Due(ps, "2026/0002", "Reply"));
    }

    [Fact]
    public void AnotherSessionOnTheSameTablesUsesThePolicyFromItsNextCommand()
    {
        var prefix = AzuriteFixture.NewNames().Prefix;
        using var mine = module.Connect(prefix);
        using var theirs = module.Connect(prefix);
        mine.RunClean(Signed, "2026/0003");
        Assert.Empty(Overdue(theirs));

        mine.RunClean("Set-SuggestionDeadlinePolicy SignFor -WorkingDays 1 | Out-Null; Set-SuggestionDeadlinePolicy Reply -Months 2 | Out-Null");

        Assert.Equal(["2026/0003"], Overdue(theirs));
        Assert.Equal(new DateOnly(2026, 7, 2), Due(theirs, "2026/0003", "SignFor"));
    }

    [Fact]
    public void TheDefaultsShowAndComeBackWithReset()
    {
        using var ps = module.Connect();

        var first = ps.RunClean("Get-SuggestionDeadlinePolicy").Single();
        ps.RunClean("Set-SuggestionDeadlinePolicy FollowUp -Months 6 | Out-Null; Set-SuggestionDeadlinePolicy -ExtensionLimitMonths 4 | Out-Null");
        var changed = ps.RunClean("Get-SuggestionDeadlinePolicy").Single();
        var reset = ps.RunClean("Set-SuggestionDeadlinePolicy -Reset").Single();

        Assert.True((bool)first.Properties["IsDefault"].Value);
        Assert.Null(first.Properties["Version"].Value);
        Assert.Equal("the end of the year", first.Properties["FollowUpDefault"].Value.ToString());
        Assert.Equal(("6 months", "4 months"), (changed.Properties["FollowUpDefault"].Value.ToString(), changed.Properties["ExtensionLimit"].Value.ToString()));
        Assert.False((bool)changed.Properties["IsDefault"].Value);
        Assert.True((bool)reset.Properties["IsDefault"].Value);
        Assert.NotNull(reset.Properties["Version"].Value);
    }

    [Theory]
    [InlineData("Set-SuggestionDeadlinePolicy Reply -WorkingDays -3", "A deadline of -3 working days is not usable")]
    [InlineData("Set-SuggestionDeadlinePolicy Reply -Months 2 -Kind Petition", "'Petition' is not a kind")]
    [InlineData("Set-SuggestionDeadlinePolicy Reply -Months 2 -Role 督办", "'督办' is not a handling role")]
    [InlineData("Set-SuggestionDeadlinePolicy Lunch -Months 2", "'Lunch' is not a deadline clock")]
    [InlineData("Set-SuggestionDeadlinePolicy SignFor -Remove", "general rule of the sign-for clock (签收) cannot be removed")]
    public void ABadValueIsRefusedNamingItAndNothingIsSaved(string command, string expected)
    {
        using var ps = module.Connect();

        ps.Run(command);

        var error = Assert.Single(ps.Errors);
        Assert.Contains(expected, error.Exception.Message, StringComparison.Ordinal);
        Assert.True((bool)ps.RunClean("(Get-SuggestionDeadlinePolicy).IsDefault").Single().BaseObject);
    }

    [Fact]
    public void WhatIfSavesNothing()
    {
        using var ps = module.Connect();

        var output = ps.RunClean("Set-SuggestionDeadlinePolicy Reply -Months 2 -WhatIf");

        Assert.Empty(output);
        Assert.True((bool)ps.RunClean("(Get-SuggestionDeadlinePolicy).IsDefault").Single().BaseObject);
    }

    [Fact]
    public void AChangeFromAStaleCopyIsRefusedAndTheOtherChangeKept()
    {
        using var ps = module.Connect();
        ps.RunClean("$global:read = Get-SuggestionDeadlinePolicy; Set-SuggestionDeadlinePolicy Reply -Months 2 | Out-Null");

        ps.Run("$global:read | Set-SuggestionDeadlinePolicy -Clock Reply -Months 4");

        var error = Assert.Single(ps.Errors);
        Assert.Equal("PolicyConflict", error.FullyQualifiedErrorId.Split(',')[0]);
        Assert.Contains("changed by someone else", error.Exception.Message, StringComparison.Ordinal);
        Assert.Contains("Get-SuggestionDeadlinePolicy", error.ErrorDetails.RecommendedAction, StringComparison.Ordinal);
        Assert.Contains("reply: 2 months", (string)ps.RunClean("(Get-SuggestionDeadlinePolicy).RulesText").Single().BaseObject, StringComparison.Ordinal);
    }

    [Fact]
    public void PipedRulesChangeTogetherAndARefusedOneSavesNone()
    {
        using var ps = module.Connect();
        ps.RunClean("""
            Set-SuggestionDeadlinePolicy Reply -Months 5 -Kind Proposal | Out-Null
            Set-SuggestionDeadlinePolicy SignFor -WorkingDays 2 -Role Joint | Out-Null
            """);

        var removed = ps.RunClean("(Get-SuggestionDeadlinePolicy).Rules | Where-Object { $_.Kind -or $_.Role } | Set-SuggestionDeadlinePolicy -Remove");
        ps.RunClean("Set-SuggestionDeadlinePolicy Reply -Months 5 -Kind Proposal | Out-Null");
        ps.Run("""
            [pscustomobject]@{ Clock = 'Reply'; Kind = 'Proposal' }, [pscustomobject]@{ Clock = 'Reply'; Role = 'Sole' } |
                Set-SuggestionDeadlinePolicy -Remove -WarningVariable w -WarningAction SilentlyContinue; $w
            """);

        Assert.True((bool)Assert.Single(removed).Properties["IsDefault"].Value);
        Assert.Contains("no rule for the reply clock for Sole", Assert.Single(ps.Errors).Exception.Message, StringComparison.Ordinal);
        Assert.Contains("reply (Proposal): 5 months", (string)ps.RunClean("(Get-SuggestionDeadlinePolicy).RulesText").Single().BaseObject, StringComparison.Ordinal);
    }

    [Fact]
    public void TheClockCompletesInBothLanguages()
    {
        using var ps = module.Connect();

        var completed = ps.RunClean("(TabExpansion2 -inputScript $args[0] -cursorColumn $args[0].Length).CompletionMatches.CompletionText", "Set-SuggestionDeadlinePolicy -Clock 跟")
            .Select(o => o.ToString()).ToArray();

        Assert.Equal(["跟踪反馈", "跟踪办理"], completed);
    }

    [Fact]
    public void AClassBReplyPromisesAFollowUpDateThatBecomesAClock()
    {
        using var ps = module.Connect();
        ps.RunClean(Signed, "2026/0010");
        ps.RunClean(Signed, "2026/0011");

        ps.RunClean("Set-SuggestionReply 2026/0010 -ResultClass B -Text '列入年度计划' -RepliedOn 2026-08-03 -FollowUpBy 2026-10-30");
        ps.RunClean("Set-SuggestionReply 2026/0011 -ResultClass B -Text '正在推进' -RepliedOn 2026-08-03");
        var promised = ps.RunClean("Get-SuggestionDeadline 2026/0010 -AsOf 2026-11-02").Single(d => (string)d.Properties["Clock"].Value == "FollowUp");
        var byDefault = Due(ps, "2026/0011", "FollowUp");
        var overdue = Overdue(ps, "2026-11-02");
        ps.RunClean("Set-SuggestionDeadlinePolicy FollowUp -Months 6 | Out-Null");
        var configured = Due(ps, "2026/0011", "FollowUp");
        var reply = ps.RunClean("(Get-Suggestion 2026/0010).Replies").Single();

        Assert.Equal(new DateOnly(2026, 10, 30), promised.Properties["Due"].Value);
        Assert.Equal("跟踪反馈", promised.Properties["ClockChinese"].Value);
        Assert.Equal("Overdue", promised.Properties["State"].Value);
        Assert.Equal(new DateOnly(2026, 12, 31), byDefault);
        Assert.Equal(["2026/0010"], overdue);
        Assert.Equal(new DateOnly(2027, 2, 3), configured);
        Assert.Equal("2026-08-03 B 跟踪反馈期限 2026-10-30", reply.ToString());
    }

    [Fact]
    public void AFollowUpDateOnAnotherClassIsRefusedAndNothingIsRecorded()
    {
        using var ps = module.Connect();
        ps.RunClean(Signed, "2026/0020");

        ps.Run("Set-SuggestionReply 2026/0020 -ResultClass A -RepliedOn 2026-08-03 -FollowUpBy 2026-10-30");

        var error = Assert.Single(ps.Errors);
        Assert.Equal("2026/0020", error.TargetObject);
        Assert.Contains("a follow-up date (2026-10-30) belongs only to a reply whose class requires follow-up", error.Exception.Message, StringComparison.Ordinal);
        Assert.Contains("this reply has class A 解决采纳", error.Exception.Message, StringComparison.Ordinal);
        Assert.Equal("SignedFor", ps.RunClean("(Get-Suggestion 2026/0020).Status").Single().ToString());
    }
}
