namespace SuggestionDesk.PowerShell.Tests;

[Collection(ModuleCollection.Name)]
public sealed class ItemCmdletTests(AzuriteFixture module)
{
    private const string NewItem = """
        New-Suggestion -Number $args[0] -Title '关于创新智慧城市和数字政府建设管理体制机制的建议' -Session '市七届人大一次会议' `
            -LeadProposer '王代表' -CoSigners '李代表' -Role Lead -Department '规划发展处' -Owner '李四' -OwnerEmail 'lisi@example.gov.cn' `
            -AssignedOn $args[1] -Topics '智慧城市','数字政府'
        """;

    [Theory]
    [InlineData("2021/0347")]
    [InlineData("x' or PartitionKey ne '")]
    [InlineData("第３４７号")]
    public void ANewSuggestionIsReadBackByItsNumber(string number)
    {
        using var ps = module.Connect();
        ps.RunClean(NewItem, number, "2026-11-02");

        var item = Assert.Single(ps.RunClean("Get-Suggestion -Number $args[0]", number));

        Assert.Equal(number, item.Properties["Number"].Value.ToString());
        Assert.Equal("Assigned", item.Properties["Status"].Value.ToString());
        Assert.Equal("主办", item.Properties["RoleChinese"].Value);
        Assert.Equal(new DateOnly(2026, 11, 5), ((PSObject)item.Properties["NextDue"].Value).BaseObject);
    }

    [Fact]
    public void MakingAnItemJointWithoutItsLeadUnitWarnsAndWithItDoesNot()
    {
        using var ps = module.Connect();
        ps.RunClean(NewItem, "2026/J1", "2026-11-02");
        ps.RunClean(NewItem, "2026/J2", "2026-11-02");

        var warned = ps.RunClean("Set-Suggestion 2026/J1 -Role 会办 -WarningVariable w -WarningAction SilentlyContinue; $w | ForEach-Object Message").Select(o => o.ToString()).ToList();
        var quiet = ps.RunClean("Set-Suggestion 2026/J2 -Role 会办 -LeadUnit 市发展改革委 -WarningVariable w -WarningAction SilentlyContinue; $w | ForEach-Object Message").ToList();

        Assert.StartsWith("Suggestion '2026/J1' is now Joint (会办) without the unit that leads it", Assert.Single(warned), StringComparison.Ordinal);
        Assert.Empty(quiet);
        Assert.Equal("Joint", ps.RunClean("(Get-Suggestion 2026/J1).Role").Single().ToString());
    }

    [Fact]
    public void DatesAreAcceptedAsDateTimesOrInTheUsualWrittenForms()
    {
        using var ps = module.Connect();
        ps.RunClean(NewItem, "a", "2026/11/2");
        ps.RunClean(NewItem, "b", "2026年11月2日");
        ps.RunClean(NewItem, "c", new DateTime(2026, 11, 2));

        var dates = ps.RunClean("Get-Suggestion | ForEach-Object { $_.AssignedOn.ToString('yyyy-MM-dd') }").Select(o => o.ToString()).ToArray();

        Assert.Equal(["2026-11-02", "2026-11-02", "2026-11-02"], dates);
    }

    [Fact]
    public void ABadDateIsRefusedNamingItAndTheFormsAccepted()
    {
        using var ps = module.Connect();

        ps.Run(NewItem, "a", "2026-02-30");

        var error = Assert.Single(ps.Errors);
        Assert.Contains("'2026-02-30' is not a date", error.ToString(), StringComparison.Ordinal);
        Assert.Empty(ps.RunClean("Get-Suggestion"));
    }

    [Fact]
    public void PipedItemsAreChangedAndEveryChangeIsInTheHistory()
    {
        using var ps = module.Connect();
        ps.RunClean(NewItem, "2021/0347", "2026-11-02");

        ps.RunClean("Get-Suggestion 2021/0347 | Confirm-SuggestionReceipt -On 2026-11-03");
        ps.RunClean("Get-Suggestion 2021/0347 | Set-Suggestion -Owner '王五' -Topics '营商环境' -By '办公室'");
        var history = ps.RunClean("Get-SuggestionHistory 2021/0347");

        Assert.Equal(["Create", "SignFor", "Edit", "Assign"], history.Select(h => h.Properties["Action"].Value.ToString()));
        Assert.Contains("Owner: 李四 → 王五", history[3].Properties["Summary"].Value.ToString(), StringComparison.Ordinal);
        Assert.Equal("办公室", history[3].Properties["Actor"].Value);
    }

    [Fact]
    public void AStaleCopyIsRefusedWithAConflictNamingTheItemAndForceOverrides()
    {
        using var ps = module.Connect();
        ps.RunClean(NewItem, "2021/0347", "2026-11-02");
        ps.RunClean("$global:stale = Get-Suggestion 2021/0347; Get-Suggestion 2021/0347 | Set-Suggestion -Owner '王五'");

        ps.Run("$global:stale | Set-Suggestion -Owner '赵六'");
        var conflict = Assert.Single(ps.Errors);
        ps.RunClean("$global:stale | Set-Suggestion -Owner '赵六' -Force");

        Assert.Equal(ErrorCategory.ResourceBusy, conflict.CategoryInfo.Category);
        Assert.StartsWith("SuggestionConflict", conflict.FullyQualifiedErrorId, StringComparison.Ordinal);
        Assert.Equal("2021/0347", conflict.TargetObject);
        Assert.Contains("'2021/0347' was changed by someone else", conflict.Exception.Message, StringComparison.Ordinal);
        Assert.Equal("赵六", ps.RunClean("(Get-Suggestion 2021/0347).Owner").Single().BaseObject);
    }

    [Fact]
    public void WhatIfChangesNothing()
    {
        using var ps = module.Connect();
        ps.RunClean(NewItem, "2021/0347", "2026-11-02");

        ps.RunClean("""
            Get-Suggestion 2021/0347 | Set-Suggestion -Owner '王五' -WhatIf
            Confirm-SuggestionReceipt 2021/0347 -On 2026-11-03 -WhatIf
            Remove-Suggestion 2021/0347 -WhatIf
            New-Suggestion -Number 'x' -Title 't' -Session 's' -LeadProposer 'p' -Role Lead -Department 'd' -Owner 'o' -WhatIf
            """);

        Assert.Equal("李四", ps.RunClean("(Get-Suggestion 2021/0347).Owner").Single().BaseObject);
        Assert.Single(ps.RunClean("Get-Suggestion"));
        Assert.Single(ps.RunClean("Get-SuggestionHistory 2021/0347"));
    }

    [Fact]
    public void RemovingNeedsConfirmationAndKeepsTheHistory()
    {
        using var ps = module.Connect();
        ps.RunClean(NewItem, "2021/0347", "2026-11-02");

        ps.RunClean("$item = Get-Suggestion 2021/0347; Remove-Suggestion 2021/0347 -Confirm:$false");
        ps.Run("Get-Suggestion 2021/0347");

        var missing = Assert.Single(ps.Errors);
        Assert.Equal(ErrorCategory.ObjectNotFound, missing.CategoryInfo.Category);
        Assert.Equal("2021/0347", missing.TargetObject);
        Assert.Equal(ConfirmImpact.High, typeof(Items.RemoveSuggestionCommand).GetCustomAttributes(typeof(CmdletAttribute), false).Cast<CmdletAttribute>().Single().ConfirmImpact);
    }

    [Fact]
    public void QueriesFilterBySessionDepartmentOwnerAndWhatIsDue()
    {
        using var ps = module.Connect();
        ps.RunClean(NewItem, "due-soon", "2026-07-01");
        ps.RunClean(NewItem, "signed", "2026-09-25");
        ps.RunClean("Confirm-SuggestionReceipt signed -On 2026-09-27; Set-Suggestion signed -Department '数据资源处' -OwnerEmail 'wang@example.gov.cn'");

        string[] Numbers(string script) => ps.RunClean(script).Select(o => o.Properties["Number"].Value.ToString()!).Order().ToArray();

        Assert.Equal(["due-soon"], Numbers("Get-Suggestion -DueWithinDays 7 -AsOf 2026-10-01"));
        Assert.Equal(["due-soon"], Numbers("Get-Suggestion -Overdue -AsOf 2026-10-01"));
        Assert.Equal(["signed"], Numbers("Get-Suggestion -Department '数据资源处'"));
        Assert.Equal(["signed"], Numbers("Get-Suggestion -OwnerEmail 'WANG@example.gov.cn'"));
        Assert.Equal(["signed"], Numbers("Get-Suggestion -Status SignedFor"));
        Assert.Equal(["due-soon", "signed"], Numbers("Get-Suggestion -Session '市七届人大一次会议'"));
    }
}
