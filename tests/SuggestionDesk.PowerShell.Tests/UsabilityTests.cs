namespace SuggestionDesk.PowerShell.Tests;

[Collection(ModuleCollection.Name)]
public sealed class UsabilityTests(AzuriteFixture module)
{
    private const string NewItem = """
        New-Suggestion -Number $args[0] -Title 't' -Session '市七届人大一次会议' -LeadProposer 'p' -Role Lead -Department '规划发展处' -Owner '李四' -AssignedOn 2026-11-02 | Out-Null
        """;

    [Fact]
    public void AnUnquotedEightDigitDateIsReadAsYearMonthDay()
    {
        using var ps = new PowerShellSession();

        var due = ps.RunClean("(Get-SuggestionDueDate -From 20260930 -WorkingDays 3).DueOn").Single().BaseObject;

        Assert.Equal(new DateOnly(2026, 10, 10), due);
    }

    [Fact]
    public void ANumberThatIsNotADateIsRefused()
    {
        using var ps = new PowerShellSession();

        ps.Run("Get-SuggestionDueDate -From 12345 -WorkingDays 3");

        Assert.Contains("'12345' is not a date", Assert.Single(ps.Errors).ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void ADueDateCanBeChainedFromAnotherOnesResult()
    {
        using var ps = new PowerShellSession();

        var due = ps.RunClean("(Get-SuggestionDueDate -From 2026-09-30 -WorkingDays 3).DueOn | Get-SuggestionDueDate -WorkingDays 1 | ForEach-Object DueOn").Single().BaseObject;

        Assert.Equal(new DateOnly(2026, 10, 12), due);
    }

    [Fact]
    public void ADueDateResultCanBePipedWhole()
    {
        using var ps = new PowerShellSession();

        var due = ps.RunClean("Get-SuggestionDueDate -From 2026-09-30 -WorkingDays 3 | ForEach-Object { [pscustomobject]@{ From = $_.DueOn } } | Get-SuggestionDueDate -WorkingDays 1 | ForEach-Object DueOn").Single().BaseObject;

        Assert.Equal(new DateOnly(2026, 10, 12), due);
    }

    [Fact]
    public void AWrongSessionForKeptRecordsIsAnErrorNotAnEmptyAnswer()
    {
        using var ps = module.Connect();
        ps.RunClean(NewItem, "2021/0347");

        ps.Run("Get-SuggestionHistory 2021/0347 -Session '不存在的会议'");

        var error = Assert.Single(ps.Errors);
        Assert.Equal(ErrorCategory.ObjectNotFound, error.CategoryInfo.Category);
        Assert.Contains("no records in session '不存在的会议'", error.Exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ASecondConnectionCanBeHeldWithoutReplacingTheSessionsOwn()
    {
        using var ps = module.Connect();
        ps.RunClean(NewItem, "mine");

        ps.RunClean("$global:other = Connect-SuggestionStore -ConnectionString $args[0] -TablePrefix otherOffice -ReturnConnection", module.ConnectionString);
        ps.RunClean("New-Suggestion -Connection $global:other -Number 'theirs' -Title 't' -Session 's' -LeadProposer 'p' -Role Joint -Department 'd' -Owner 'o' | Out-Null");

        Assert.NotEqual("otherOffice", ps.RunClean("(Get-SuggestionStore).TablePrefix").Single().BaseObject);
        Assert.Equal("otherOffice", ps.RunClean("(Get-SuggestionStore -Connection $global:other).TablePrefix").Single().BaseObject);
        Assert.Equal(["mine"], ps.RunClean("Get-Suggestion | ForEach-Object { $_.Number.Value }").Select(o => o.ToString()));
        Assert.Equal(["theirs"], ps.RunClean("Get-Suggestion -Connection $global:other | ForEach-Object { $_.Number.Value }").Select(o => o.ToString()));
    }

    [Fact]
    public void TheHistoryOfARemovedItemCanStillBeRead()
    {
        using var ps = module.Connect();
        ps.RunClean(NewItem, "2021/0347");
        ps.RunClean("Remove-Suggestion 2021/0347 -Confirm:$false -By '办公室'");

        var actions = ps.RunClean("Get-SuggestionHistory 2021/0347 -Session '市七届人大一次会议'").Select(h => h.Properties["Action"].Value.ToString());
        ps.Run("Get-SuggestionHistory 2021/0347");

        Assert.Equal(["Create", "Remove"], actions);
        Assert.Equal("2021/0347", Assert.Single(ps.Errors).TargetObject);
    }

    [Fact]
    public void AnInvalidValueIsAnErrorWhoseTargetIsTheItem()
    {
        using var ps = module.Connect();
        ps.RunClean(NewItem, "2021/0347");

        ps.Run("Set-Suggestion 2021/0347 -OwnerEmail 'lisi at example'");

        var error = Assert.Single(ps.Errors);
        Assert.Equal(ErrorCategory.InvalidArgument, error.CategoryInfo.Category);
        Assert.Equal("2021/0347", error.TargetObject);
        Assert.Contains("'lisi at example' is not an e-mail address", error.Exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AMissingCalendarFileIsAnOrdinaryErrorNamingIt()
    {
        using var ps = module.Connect();

        var output = ps.RunClean("Import-SuggestionCalendar -Path ./no-such-2027.json -ErrorAction SilentlyContinue -ErrorVariable failed; $failed[0]; 'went on'");

        var error = (ErrorRecord)output[0].BaseObject;
        Assert.Equal(ErrorCategory.ObjectNotFound, error.CategoryInfo.Category);
        Assert.Contains("no-such-2027.json", error.Exception.Message, StringComparison.Ordinal);
        Assert.Equal("went on", output[1].BaseObject);
    }
}
