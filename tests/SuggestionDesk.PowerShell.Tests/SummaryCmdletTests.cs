namespace SuggestionDesk.PowerShell.Tests;

[Collection(ModuleCollection.Name)]
public sealed class SummaryCmdletTests(AzuriteFixture module)
{
    [Fact]
    public void TheSummaryCountsRolesRepliesEvaluationsAndOverdueAsOfADay()
    {
        using var ps = module.Connect();
        ps.RunClean("""
            function Add($n, $role, $dept) { New-Suggestion -Number $n -Title 't' -Session '市七届人大一次会议' -LeadProposer 'p' -Role $role -Department $dept -Owner 'o' -AssignedOn 2021-03-15 | Out-Null }
            Add 'L1' Lead '规划发展处'; Add 'L2' Lead '规划发展处'; Add 'S1' Sole '数据资源处'; Add 'J1' Joint '数据资源处'; Add 'J2' Joint '数据资源处'
            'L1','L2','S1','J1' | Confirm-SuggestionReceipt -On 2021-03-16
            Set-SuggestionReply L1 -ResultClass A -RepliedOn 2021-05-20; Set-SuggestionEvaluation L1 -Result Satisfied -On 2021-06-01
            Set-SuggestionReply J1 -ResultClass A -RepliedOn 2021-04-10
            """);

        var summary = ps.RunClean("Get-SuggestionSummary -AsOf 2021-07-01").Single();
        int Figure(string name) => (int)summary.Properties[name].Value;

        Assert.Equal((5, 2, 1, 0, 2), (Figure("Total"), Figure("Lead"), Figure("Sole"), Figure("Split"), Figure("Joint")));
        Assert.Equal((2, 2), (Figure("Replied"), Figure("RepliedOnTime")));
        Assert.Equal((3, 1, 1), (Figure("EvaluationRequired"), Figure("EvaluationReceived"), Figure("Satisfied")));
        // L2 and S1 missed their reply (due 2021-06-15); J2 was never signed for (due 2021-03-18).
        Assert.Equal(3, Figure("Overdue"));
        var departments = ps.RunClean("(Get-SuggestionSummary -AsOf 2021-07-01).ByDepartment | ForEach-Object { '{0}={1}' -f $_.Key, $_.Total }").Select(o => o.ToString());
        Assert.Equal(["数据资源处=3", "规划发展处=2"], departments);
        Assert.Equal(0, (int)ps.RunClean("Get-SuggestionSummary -AsOf 2021-03-10").Single().Properties["Total"].Value);
    }

    [Fact]
    public void AnUnknownSessionIsRefusedInChineseNamingItAndTheStoredSessions()
    {
        using var ps = module.Connect();
        ps.RunClean("""
            New-Suggestion -Number 1 -Title t -Session 市七届人大一次会议 -LeadProposer p -Role Lead -Department d -Owner o -AssignedOn 2021-03-15 | Out-Null
            New-Suggestion -Number 2 -Title t -Session 市七届人大二次会议 -LeadProposer p -Role Lead -Department d -Owner o -AssignedOn 2022-03-15 | Out-Null
            """);

        var output = ps.Run("""
            $saved = [cultureinfo]::CurrentUICulture
            try { [cultureinfo]::CurrentUICulture = 'zh-CN'; Get-SuggestionSummary -Session 不存在的届次 }
            finally { [cultureinfo]::CurrentUICulture = $saved }
            """);

        var error = Assert.Single(ps.Errors);
        Assert.Empty(output);
        Assert.Equal(ErrorCategory.ObjectNotFound, error.CategoryInfo.Category);
        Assert.Equal("不存在的届次", error.TargetObject);
        Assert.Equal("届次 '不存在的届次' 中没有任何建议提案。库中的届次：市七届人大一次会议、市七届人大二次会议。请检查届次名称。", error.Exception.Message);
        Assert.StartsWith(error.Exception.Message + " 在 -Session 后按 Tab 键", error.ErrorDetails.Message, StringComparison.Ordinal);
        Assert.Equal(1, (int)ps.RunClean("Get-SuggestionSummary -Session ' 市七届人大二次会议 ' -AsOf 2022-12-31").Single().Properties["Total"].Value);
    }
}
