namespace SuggestionDesk.PowerShell.Tests;

/// <summary>The everyday questions: one officer's items, a department's own ledger, items in number order.</summary>
[Collection(ModuleCollection.Name)]
public sealed class QueryCmdletTests(AzuriteFixture module) : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("sd-query-").FullName;

    private const string NewItem = """
        New-Suggestion -Number $args[0] -Title '关于优化营商环境的建议' -Session '市七届人大一次会议' -LeadProposer '王代表' `
            -Role Lead -Department $args[1] -Owner $args[2] -OwnerEmail 'office@example.gov.cn' -AssignedOn 2021-03-15 | Out-Null
        """;

    private void AddItems(PowerShellSession ps)
    {
        ps.RunClean(NewItem, "第347号", "规划发展处", "李四");
        ps.RunClean(NewItem, "2021-0347", "数据资源处", "李四明");
        ps.RunClean(NewItem, "第9号", "规划发展处", "王五");
        ps.RunClean(NewItem, "2021-12", "规划发展处", "李四");
        ps.RunClean(NewItem, "20210347", "数据资源处", "李四");
    }

    [Fact]
    public void OwnerSelectsTheOfficersItemsByExactNameNotByPrefix()
    {
        using var ps = module.Connect();
        AddItems(ps);

        var mine = ps.RunClean("Get-Suggestion -Owner '李四' | ForEach-Object { $_.Number.Value }").Select(o => o.ToString());
        var none = ps.RunClean("Get-Suggestion -Owner '李'");
        var both = ps.RunClean("Get-Suggestion -Owner '李四' -Department '数据资源处' | ForEach-Object { $_.Number.Value }").Select(o => o.ToString());
        var byEmail = ps.RunClean("Get-Suggestion -OwnerEmail 'OFFICE@example.gov.cn'");

        Assert.Equal(["2021-12", "20210347", "第347号"], mine);
        Assert.Empty(none);
        Assert.Equal(["20210347"], both);
        Assert.Equal(5, byEmail.Count);
    }

    [Fact]
    public void OwnerAndDepartmentCompleteFromTheStore()
    {
        using var ps = module.Connect();
        AddItems(ps);

        string[] Complete(string line) => ps.RunClean("(TabExpansion2 -inputScript $args[0] -cursorColumn $args[0].Length).CompletionMatches.CompletionText", line)
            .Select(o => o.ToString()!).ToArray();

        Assert.Equal(["李四", "李四明"], Complete("Get-Suggestion -Owner 李"));
        Assert.Equal(["数据资源处"], Complete("Export-Suggestion x.csv -Department 数"));
    }

    [Fact]
    public void ItemsComeInNumberOrder()
    {
        using var ps = module.Connect();
        AddItems(ps);

        var numbers = ps.RunClean("Get-Suggestion | ForEach-Object { $_.Number.Value }").Select(o => o.ToString());

        Assert.Equal(["2021-12", "2021-0347", "20210347", "第9号", "第347号"], numbers);
    }

    [Fact]
    public void PipedItemsAreExportedAloneAsTheDepartmentsLedgerInNumberOrder()
    {
        using var ps = module.Connect();
        AddItems(ps);
        var file = Path.Combine(folder, "规划发展处.csv");

        var written = ps.RunClean("Get-Suggestion -Department '规划发展处' | Export-Suggestion -Path $args[0]", file);
        var rows = File.ReadAllLines(file).Skip(1).Select(l => l.Split(',')[0]);

        Assert.Single(written);
        Assert.Equal(["2021-12", "第9号", "第347号"], rows);
    }

    [Fact]
    public void DepartmentExportsThatDepartmentsItemsOnly()
    {
        using var ps = module.Connect();
        AddItems(ps);
        var file = Path.Combine(folder, "数据资源处.csv");

        ps.RunClean("Export-Suggestion -Path $args[0] -Department '数据资源处'", file);

        Assert.Equal(["2021-0347", "20210347"], File.ReadAllLines(file).Skip(1).Select(l => l.Split(',')[0]));
    }

    [Fact]
    public void AnEmptyPipelineWritesNoLedgerAndWhatIfWritesNothing()
    {
        using var ps = module.Connect();
        AddItems(ps);
        var empty = Path.Combine(folder, "empty.csv");
        var whatIf = Path.Combine(folder, "whatif.csv");

        ps.RunClean("Get-Suggestion -Owner '无此人' | Export-Suggestion -Path $args[0] -WarningAction SilentlyContinue", empty);
        ps.RunClean("Get-Suggestion -Owner '王五' | Export-Suggestion -Path $args[0] -WhatIf", whatIf);

        Assert.False(File.Exists(empty));
        Assert.False(File.Exists(whatIf));
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);
}
