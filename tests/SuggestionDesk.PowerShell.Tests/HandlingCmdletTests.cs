namespace SuggestionDesk.PowerShell.Tests;

[Collection(ModuleCollection.Name)]
public sealed class HandlingCmdletTests(AzuriteFixture module)
{
    private const string Lead = """
        New-Suggestion -Number $args[0] -Title '关于优化企业开办的建议' -Session '市七届人大一次会议' -LeadProposer '王代表' `
            -Role $args[1] -Department '政务服务处' -Owner '陈刚' -OwnerEmail 'chengang@example.gov.cn' -AssignedOn 2021-03-15 | Out-Null
        """;

    [Fact]
    public void AnArgumentRefusedByTheLibraryIsShownWithoutTheNameOfItsCSharpParameter()
    {
        using var ps = module.Connect();
        ps.RunClean(Lead, "20210119", "Lead");

        ps.Run("Confirm-SuggestionReceipt 20210119 -On 2021-03-16; Set-SuggestionReply 20210119 -ResultClass E -Text '答复' -RepliedOn 2021-04-01");

        var error = Assert.Single(ps.Errors);
        Assert.Contains("(Parameter '", error.Exception.Message, StringComparison.Ordinal);
        Assert.StartsWith("Result class 'E' is not in the scheme.", error.ErrorDetails.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("(Parameter", error.ErrorDetails.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TheHistoryViewNamesEachActionInTheUICulturesLanguageAndTheActionStaysAsScriptsKnowIt()
    {
        using var ps = module.Connect();
        ps.RunClean(Lead, "20210120", "Lead");
        ps.RunClean("Confirm-SuggestionReceipt 20210120 -On 2021-03-16; Add-SuggestionContact 20210120 -Method Phone -Note '电话沟通' -On 2021-04-02");

        var chinese = ps.RunClean("""
            $saved = [cultureinfo]::CurrentUICulture
            try { [cultureinfo]::CurrentUICulture = 'zh-CN'; Get-SuggestionHistory 20210120 | ForEach-Object { $_.ActionShown } }
            finally { [cultureinfo]::CurrentUICulture = $saved }
            """).Select(o => o.ToString()).ToList();
        var english = string.Join("\n", ps.RunClean("Get-SuggestionHistory 20210120 | Out-String -Width 160").Select(o => o.ToString()));
        var listed = ps.RunClean("Get-SuggestionHistory 20210120 | Select-Object -First 1 * | ForEach-Object { $_.PSObject.Properties.Name }").Select(o => o.ToString()).ToList();

        Assert.Equal(["登记", "签收", "登记沟通"], chinese);
        Assert.Contains("SignFor", english, StringComparison.Ordinal);
        Assert.Contains("Action", listed);
        Assert.DoesNotContain("ActionShown", listed);
        Assert.Equal(["Create", "SignFor", "RecordContact"], ps.RunClean("Get-SuggestionHistory 20210120 | ForEach-Object Action").Select(o => o.ToString()));
    }

    [Fact]
    public void ASheetOfContactsAndRepliesIsRecordedRowByRowFromThePipelineAndABadRowIsAnErrorOfItsOwn()
    {
        using var ps = module.Connect();
        ps.RunClean(Lead, "20210121", "Lead");
        ps.RunClean(Lead, "20210122", "Lead");
        ps.RunClean("Confirm-SuggestionReceipt 20210121 -On 2021-03-16; Confirm-SuggestionReceipt 20210122 -On 2021-03-16");

        // As Import-Csv gives them: every value a string, the date column named Date as Get-SuggestionContact writes it.
        ps.Run("""
            @(
                [pscustomobject]@{ Number = '20210121'; Method = '上门'; Note = '听取代表意见'; Date = '2021/4/2' }
                [pscustomobject]@{ Number = '20210122'; Method = '电话'; Note = '沟通办理思路'; Date = '2021-04-03'; Phase = '办时' }
                [pscustomobject]@{ Number = '20210122'; Method = '飞鸽传书'; Note = '?'; Date = '2021-04-04' }
            ) | Add-SuggestionContact
            """);
        var contactErrors = ps.Errors;
        ps.RunClean("""
            @(
                [pscustomobject]@{ Number = '20210121'; ResultClass = 'A'; Text = '已解决'; RepliedOn = '2021-05-20' }
                [pscustomobject]@{ Number = '20210122'; ResultClass = 'B'; Text = '正在推进'; On = '2021-05-21' }
            ) | Set-SuggestionReply
            """);

        Assert.Contains("飞鸽传书", Assert.Single(contactErrors).ToString(), StringComparison.Ordinal);
        var first = ps.RunClean("Get-SuggestionContact 20210121").Single();
        Assert.Equal("Visit", first.Properties["Method"].Value.ToString());
        Assert.Equal(new DateOnly(2021, 4, 2), first.Properties["Date"].Value);
        var second = ps.RunClean("Get-SuggestionContact 20210122").Single();
        Assert.Equal("沟通办理思路", second.Properties["Note"].Value);
        Assert.Equal("During", second.Properties["Phase"].Value.ToString());
        Assert.Equal(["A", "B"], ps.RunClean("'20210121', '20210122' | Get-Suggestion | ForEach-Object { $_.LastReply.ResultClass.Code }").Select(o => o.ToString()));
        Assert.Equal(["2021-05-20", "2021-05-21"], ps.RunClean("'20210121', '20210122' | Get-Suggestion | ForEach-Object { $_.LastReply.Date.ToString('yyyy-MM-dd') }").Select(o => o.ToString()));
    }

    [Fact]
    public void AnItemsWholeLifeIsRecordedThroughTheCmdlets()
    {
        using var ps = module.Connect();
        ps.RunClean(Lead, "20210118", "Lead");

        ps.RunClean("""
            Confirm-SuggestionReceipt 20210118 -On 2021-03-16
            Add-SuggestionContact 20210118 -Method Visit -Note '上门拜访代表' -On 2021-04-02
            Request-SuggestionExtension 20210118 -NewDueDate 2021-07-15 -Reason '需市市场监管局会办' -On 2021-06-01
            Approve-SuggestionExtension 20210118 -Approver '徐副局长' -On 2021-06-02
            Set-SuggestionReply 20210118 -ResultClass B -Text '正在推进' -RepliedOn 2021-07-10
            Set-SuggestionEvaluation 20210118 -Result Satisfied -On 2021-07-20
            Publish-SuggestionReply 20210118 -On 2021-07-25
            Set-SuggestionReply 20210118 -ResultClass A -Text '已解决' -RepliedOn 2021-11-01 -FollowUp
            """);
        var item = ps.RunClean("Get-Suggestion 20210118").Single();
        var actions = ps.RunClean("Get-SuggestionHistory 20210118").Select(h => h.Properties["Action"].Value.ToString());
        var contact = ps.RunClean("Get-SuggestionContact 20210118").Single();
        var reply = ps.RunClean("Get-SuggestionDeadline 20210118 -AsOf 2021-12-01").Single(d => (string)d.Properties["Clock"].Value == "Reply");

        Assert.Equal("Closed", item.Properties["Status"].Value.ToString());
        Assert.False((bool)item.Properties["IsOpen"].Value);
        Assert.Equal(
            ["Create", "SignFor", "RequestExtension", "ApproveExtension", "Reply", "Evaluate", "DecideDisclosure", "Publish", "FollowUp"],
            actions.Where(a => a != "RecordContact"));
        Assert.Equal("上门拜访代表", contact.Properties["Note"].Value);
        Assert.Equal(new DateOnly(2021, 7, 15), reply.Properties["Due"].Value);
        Assert.Equal("Met", reply.Properties["State"].Value);
        Assert.True((bool)reply.Properties["Extended"].Value);
    }

    [Fact]
    public void ARefusedTransitionIsAnErrorRecordNamingTheItem()
    {
        using var ps = module.Connect();
        ps.RunClean(Lead, "2021/12", "Joint");
        ps.RunClean("Confirm-SuggestionReceipt 2021/12 -On 2021-03-16; Set-SuggestionReply 2021/12 -ResultClass A -RepliedOn 2021-04-01");

        ps.Run("Set-SuggestionEvaluation 2021/12 -Result Satisfied -On 2021-04-20");

        var error = Assert.Single(ps.Errors);
        Assert.Equal(ErrorCategory.InvalidOperation, error.CategoryInfo.Category);
        Assert.Equal("2021/12", error.TargetObject);
        Assert.Contains("Joint (会办) item", error.Exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AReturnAfterTheWindowAndAnExtensionPastTheLimitAreRefused()
    {
        using var ps = module.Connect();
        ps.RunClean(Lead, "20210118", "Sole");

        ps.Run("Request-SuggestionReturn 20210118 -Reason '不属于本单位' -On 2021-03-30");
        var lateReturn = Assert.Single(ps.Errors);
        ps.Run("Request-SuggestionExtension 20210118 -NewDueDate 2021-10-01 -Reason '原因' -On 2021-06-01");
        var longExtension = Assert.Single(ps.Errors);

        Assert.Contains("window for asking to return it closed on 2021-03-22", lateReturn.Exception.Message, StringComparison.Ordinal);
        Assert.Contains("past the limit of 6 months after the assignment on 2021-03-15, which is 2021-09-15", longExtension.Exception.Message, StringComparison.Ordinal);
        Assert.Single(ps.RunClean("Get-SuggestionHistory 20210118"));
    }

    [Fact]
    public void AContactFromAStaleCopyIsStillRecorded()
    {
        using var ps = module.Connect();
        ps.RunClean(Lead, "20210118", "Lead");
        ps.RunClean("$global:stale = Get-Suggestion 20210118; Confirm-SuggestionReceipt 20210118 -On 2021-03-16");

        ps.RunClean("$global:stale | Add-SuggestionContact -Method Phone -Note '电话' -On 2021-03-20");

        Assert.Single(ps.RunClean("Get-SuggestionContact 20210118"));
    }

    [Theory]
    [InlineData("-From 2026-09-30 -WorkingDays 3", "2026-10-10", false)]
    [InlineData("-From 2021-03-15 -Months 3", "2021-06-15", false)]
    [InlineData("-From 2026-07-01 -Months 3", "2026-10-08", false)]
    [InlineData("-From 2026-12-01 -Months 3", "2027-03-01", true)]
    public void DueDatesComeWithTheirExplanation(string arguments, string due, bool provisional)
    {
        using var ps = new PowerShellSession();

        var result = ps.RunClean($"Get-SuggestionDueDate {arguments}").Single();

        Assert.Equal(DateOnly.Parse(due), result.Properties["DueOn"].Value);
        Assert.Equal(provisional, result.Properties["Provisional"].Value);
        Assert.StartsWith($"Due {due}:", (string)result.Properties["Explanation"].Value, StringComparison.Ordinal);
        Assert.StartsWith($"期限 {due}：", (string)result.Properties["ExplanationChinese"].Value, StringComparison.Ordinal);
    }

    [Fact]
    public void ALoadedCalendarYearMovesProvisionalDatesAndIsUsedAtOnce()
    {
        using var ps = module.Connect();
        ps.RunClean("New-Suggestion -Number 'p' -Title 't' -Session 's' -LeadProposer 'x' -Role Lead -Department 'd' -Owner 'o' -AssignedOn 2026-11-02 | Out-Null");
        var file = Path.Combine(Path.GetTempPath(), $"2027-{Guid.NewGuid():N}.json");
        File.WriteAllText(file, """{"year": 2027, "papers": ["https://www.gov.cn/x"], "days": [{"name": "春节", "date": "2027-02-02", "isOffDay": true}]}""");

        var moved = ps.RunClean("Import-SuggestionCalendar -Path $args[0]", file);
        var due = ps.RunClean("(Get-SuggestionDueDate -From 2026-11-02 -Months 3).DueOn").Single().BaseObject;

        Assert.Equal("p", Assert.Single(moved).Properties["Number"].Value.ToString());
        Assert.Equal(new DateOnly(2027, 2, 3), due);
        File.Delete(file);
    }
}
