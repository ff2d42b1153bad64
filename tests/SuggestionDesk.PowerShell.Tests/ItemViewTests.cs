namespace SuggestionDesk.PowerShell.Tests;

/// <summary>What an item shows in Format-List, Export-Csv and scripts: the domain in both languages, not the store's bookkeeping.</summary>
[Collection(ModuleCollection.Name)]
public sealed class ItemViewTests(AzuriteFixture module) : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("sd-view-").FullName;

    private const string HandledItem = """
        New-Suggestion -Number 20210347 -Title '关于创新智慧城市和数字政府建设管理体制机制的建议' -Session '市七届人大一次会议' `
            -LeadProposer '王代表' -CoSigners '李代表' -Role Lead -Department '规划发展处' -Owner '李四' -OwnerEmail 'lisi@example.gov.cn' `
            -AssignedOn 2021-03-15 -Topics '智慧城市','数字政府' | Out-Null
        Confirm-SuggestionReceipt 20210347 -On 2021-03-16
        Set-SuggestionReply 20210347 -ResultClass A -Text '已采纳' -RepliedOn 2021-05-20
        Set-SuggestionEvaluation 20210347 -Result 满意 -On 2021-06-01
        """;

    // The session imports the module's dll, not its manifest, so the views are loaded as the manifest would.
    private static readonly string Formats = Path.Combine(Path.GetDirectoryName(typeof(Items.GetSuggestionCommand).Assembly.Location)!, "SuggestionDesk.format.ps1xml");

    private static readonly string[] Internals = ["Version", "PendingHistory", "PendingContacts", "PersistedOpen", "HasStateChanges"];

    [Fact]
    public void ExportCsvWritesTheDomainWithDatesAsYearMonthDayAndListsJoined()
    {
        using var ps = module.Connect();
        ps.RunClean(HandledItem);
        var csv = Path.Combine(folder, "items.csv");

        ps.RunClean("Get-Suggestion | Export-Csv -Path $args[0] -Encoding utf8", csv);
        var text = File.ReadAllText(csv);
        var row = ps.RunClean("Import-Csv -Path $args[0]", csv).Single();
        string Cell(string name) => (string)row.Properties[name].Value;

        Assert.All(Internals, name => Assert.DoesNotContain($"\"{name}\"", text, StringComparison.Ordinal));
        Assert.DoesNotContain("System.Collections", text, StringComparison.Ordinal);
        Assert.DoesNotContain("SuggestionDesk.Items", text, StringComparison.Ordinal);
        Assert.StartsWith("\"Number\",\"Title\",\"Kind\",\"KindChinese\",\"Status\",\"StatusChinese\"", text, StringComparison.Ordinal);
        Assert.Equal(("20210347", "Suggestion", "建议", "Closed", "已办结"), (Cell("Number"), Cell("Kind"), Cell("KindChinese"), Cell("Status"), Cell("StatusChinese")));
        Assert.Equal(("2021-03-15", "2021-03-16"), (Cell("AssignedOn"), Cell("SignedForOn")));
        Assert.Equal(("王代表、李代表", "智慧城市、数字政府"), (Cell("Proposers"), Cell("Topics")));
        Assert.Equal(("2021-05-20 A", "2021-06-01 满意"), (Cell("Replies"), Cell("Evaluations")));
    }

    [Fact]
    public void FormatListShowsTheDomainAndTheStatusInTheUiCulturesLanguage()
    {
        using var ps = module.Connect();
        ps.RunClean(HandledItem);

        ps.RunClean("Update-FormatData -AppendPath $args[0]", Formats);
        var list = string.Concat(ps.RunClean("Get-Suggestion 20210347 | Format-List | Out-String").Select(o => o.ToString()));
        var all = string.Concat(ps.RunClean("Get-Suggestion 20210347 | Format-List -Property (Get-Suggestion 20210347).PSObject.Properties.Match('*', 'Property').Name | Out-String").Select(o => o.ToString()));

        // Labels and words in the UI culture's language: the test host's is not Chinese (Language.Tests.ps1 runs zh-CN).
        Assert.Matches(@"Status\s+: Closed", list);
        Assert.Contains("2021-03-15", list, StringComparison.Ordinal);
        Assert.Contains("王代表、李代表", list, StringComparison.Ordinal);
        Assert.Contains("智慧城市、数字政府", list, StringComparison.Ordinal);
        Assert.Contains("2021-05-20 A", list, StringComparison.Ordinal);
        Assert.All(Internals, name => Assert.DoesNotContain(name, list, StringComparison.Ordinal));
        Assert.DoesNotContain("System.Collections", list, StringComparison.Ordinal);
        Assert.DoesNotContain("System.Collections", all, StringComparison.Ordinal);
        Assert.Contains("2021-06-01 满意", all, StringComparison.Ordinal);
    }

    [Fact]
    public void FormatListStarShowsNoneOfTheStoresBookkeepingButTheVersionPipingNeeds()
    {
        using var ps = module.Connect();
        ps.RunClean(HandledItem);

        var star = string.Concat(ps.RunClean("Get-Suggestion 20210347 | Format-List * | Out-String -Width 300").Select(o => o.ToString()));

        Assert.All(Internals.Where(n => n != "Version"), name => Assert.DoesNotContain(name, star, StringComparison.Ordinal));
        Assert.Contains("2021-05-20 A", star, StringComparison.Ordinal);
    }

    [Fact]
    public void ASignedForItemShowsItsStatusInBothLanguages()
    {
        using var ps = module.Connect();
        ps.RunClean("""
            New-Suggestion -Number 20210348 -Title '关于加快推进政务数据共享的建议' -Session '市七届人大一次会议' -LeadProposer '王代表' `
                -Role Lead -Department '规划发展处' -Owner '李四' -AssignedOn 2021-03-15 | Out-Null
            Confirm-SuggestionReceipt 20210348 -On 2021-03-16
            """);

        var csv = string.Join("\n", ps.RunClean("Get-Suggestion 20210348 | ConvertTo-Csv").Select(o => o.ToString()));

        Assert.Contains("\"SignedFor\",\"已签收\"", csv, StringComparison.Ordinal);
        Assert.Contains("\"2021-03-15\"", csv, StringComparison.Ordinal);
    }

    [Fact]
    public void ScriptsStillReadSortAndFilterOnTheValuesUnderTheView()
    {
        using var ps = module.Connect();
        ps.RunClean(HandledItem);
        ps.RunClean("""
            New-Suggestion -Number 20210012 -Title '关于加快新型基础设施建设的建议' -Session '市七届人大一次会议' -LeadProposer '宋代表' `
                -Role Joint -Department '基础设施处' -Owner '孙敏' -AssignedOn 2021-03-10 -Topics '智慧城市' | Out-Null
            """);

        string[] Run(string script) => ps.RunClean(script).Select(o => o.ToString()).ToArray();

        Assert.Equal(["2021年3月15日"], Run("(Get-Suggestion 20210347).AssignedOn.ToString('yyyy年M月d日')"));
        Assert.Equal(["2021"], Run("(Get-Suggestion 20210347).AssignedOn.Year"));
        Assert.Equal(["20210012", "20210347"], Run("Get-Suggestion | Sort-Object AssignedOn | ForEach-Object { $_.Number.Value }"));
        Assert.Equal(["20210347"], Run("Get-Suggestion | Where-Object AssignedOn -gt ([DateOnly]::new(2021, 3, 12)) | ForEach-Object Number"));
        Assert.Equal(["20210012", "20210347"], Run("Get-Suggestion | Where-Object { $_.Topics -contains '智慧城市' } | ForEach-Object Number"));
        Assert.Equal(["2"], Run("(Get-Suggestion 20210347).Topics.Count"));
        Assert.Equal(["A"], Run("(Get-Suggestion 20210347).Replies[0].ResultClass.Code"));
        Assert.Equal(["Lead 主办"], Run("$i = Get-Suggestion 20210347; '{0} {1}' -f $i.Role, $i.RoleChinese"));
        Assert.Single(ps.RunClean("Get-Suggestion | Where-Object Status -eq 'Closed'"));
    }

    [Fact]
    public void TheDefaultTableAndPipingByValueAndByPropertyNameStillWork()
    {
        using var ps = module.Connect();
        ps.RunClean(HandledItem);

        ps.RunClean("Update-FormatData -AppendPath $args[0]", Formats);
        var table = string.Concat(ps.RunClean("Get-Suggestion 20210347 | Format-Table | Out-String -Width 200").Select(o => o.ToString()));
        var byValue = ps.RunClean("Get-Suggestion 20210347 | Get-Suggestion").Single();
        var byName = ps.RunClean("Get-Suggestion 20210347 | Get-SuggestionHistory");
        var version = ps.RunClean("(Get-Suggestion 20210347).Version").Single();

        Assert.Matches(@"20210347\s+关于创新智慧城市\S*\s+Lead\s+Closed\s+规划发展处\s+李四", table);
        Assert.Equal("20210347", byValue.Properties["Number"].Value.ToString());
        Assert.NotEmpty(byName);
        Assert.False(string.IsNullOrEmpty(version.ToString()));
    }

    [Fact]
    public void SerializedItemsCarryTheViewsValuesAndNotTheStoresBookkeeping()
    {
        using var ps = module.Connect();
        ps.RunClean(HandledItem);

        var copy = ps.RunClean("[System.Management.Automation.PSSerializer]::Deserialize([System.Management.Automation.PSSerializer]::Serialize((Get-Suggestion 20210347)))").Single();

        Assert.Equal("已办结", copy.Properties["StatusChinese"].Value);
        Assert.Equal("2021-03-15", copy.Properties["AssignedOn"].Value.ToString());
        Assert.Equal(["智慧城市", "数字政府"], ((System.Collections.IEnumerable)((PSObject)copy.Properties["Topics"].Value).BaseObject).Cast<object>().Select(t => t.ToString()));
        Assert.Equal("王代表、李代表", copy.Properties["Proposers"].Value.ToString());
        Assert.All(Internals, name => Assert.Null(copy.Properties[name]));
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);
}
