namespace SuggestionDesk.PowerShell.Tests;

/// <summary>Set-, Get-, Remove- and Import-SuggestionPoint through a real runspace against Azurite.</summary>
[Collection(ModuleCollection.Name)]
public sealed class PointCmdletTests(AzuriteFixture module) : IDisposable
{
    private const string Lead = """
        New-Suggestion -Number $args[0] -Title '关于创新智慧城市和数字政府建设管理体制机制的建议' -Session '市七届人大一次会议' `
            -LeadProposer '王代表' -Role Lead -Department '规划发展处' -Owner '李明' -AssignedOn 2021-03-15 | Out-Null
        """;

    private readonly string folder = Directory.CreateTempSubdirectory("sd-points-").FullName;

    [Fact]
    public void PointsAreAddedChangedListedAndRemovedEachChangeInTheHistory()
    {
        using var ps = module.Connect();
        ps.RunClean(Lead, "20210347");

        ps.RunClean("""
            Set-SuggestionPoint 20210347 -Index 1 -Point '探索“建管分离”“运管分离”顶层设计' -Measure "　　开展全面调研。`r`n`r`n　　组建建设运营中心。" -By 李明
            Set-SuggestionPoint 20210347 2 -Point '优化智慧城市和数字政府建设模式'
            Set-SuggestionPoint 20210347 2 -Measure '经汇总市财政局会办意见。'
            Set-SuggestionPoint 20210347 3 -Point '加强网络安全'
            Remove-SuggestionPoint 20210347 -Index 1
            """);
        var points = ps.RunClean("Get-SuggestionPoint 20210347");
        var history = ps.RunClean("Get-SuggestionHistory 20210347").Select(h => h.Properties["Summary"].Value.ToString()!).ToArray();

        Assert.Equal([1, 2], points.Select(p => (int)p.Properties["Index"].Value));
        Assert.Equal(["优化智慧城市和数字政府建设模式", "加强网络安全"], points.Select(p => p.Properties["Point"].Value));
        Assert.Equal("经汇总市财政局会办意见。", points[0].Properties["Measure"].Value);
        Assert.Null(points[1].Properties["Measure"].Value);
        Assert.Equal(
            ["AddPoint 1: 探索“建管分离”“运管分离”顶层设计", "AddPoint 2: 优化智慧城市和数字政府建设模式", "ChangePoint 2: measures 12 characters", "AddPoint 3: 加强网络安全", "RemovePoint 1: 探索“建管分离”“运管分离”顶层设计"],
            history[1..].AsEnumerable());
    }

    [Fact]
    public void MeasuresAreKeptAsParagraphs()
    {
        using var ps = module.Connect();
        ps.RunClean(Lead, "20210347");

        ps.RunClean("Set-SuggestionPoint 20210347 1 -Point '探索顶层设计' -Measure \"　　开展全面调研。`r`n`r`n　　组建建设运营中心。 \"");

        Assert.Equal("开展全面调研。\n组建建设运营中心。", ps.RunClean("(Get-SuggestionPoint 20210347).Measure").Single().ToString());
    }

    [Fact]
    public void WhatIfChangesNothing()
    {
        using var ps = module.Connect();
        ps.RunClean(Lead, "20210347");
        ps.RunClean("Set-SuggestionPoint 20210347 1 -Point '探索顶层设计' -Measure '开展调研。'");

        ps.RunClean("""
            Set-SuggestionPoint 20210347 1 -Measure '另一种措施。' -WhatIf
            Set-SuggestionPoint 20210347 2 -Point '新要点' -WhatIf
            Remove-SuggestionPoint 20210347 1 -WhatIf
            Get-SuggestionPoint 20210347 | Remove-SuggestionPoint -WhatIf
            """);

        var point = Assert.Single(ps.RunClean("Get-SuggestionPoint 20210347"));
        Assert.Equal(("探索顶层设计", "开展调研。"), (point.Properties["Point"].Value, point.Properties["Measure"].Value));
        Assert.Equal(2, ps.RunClean("Get-SuggestionHistory 20210347").Count);
    }

    [Fact]
    public void AChangeOnAPointReadBeforeSomeoneElsesIsRefusedUnlessForced()
    {
        using var ps = module.Connect();
        ps.RunClean(Lead, "20210347");
        ps.RunClean("Set-SuggestionPoint 20210347 1 -Point '探索顶层设计'");
        ps.RunClean("$global:stale = Get-SuggestionPoint 20210347 -Index 1; Set-SuggestionPoint 20210347 1 -Measure '王五的措施。' -By 王五");

        ps.Run("$stale | Set-SuggestionPoint -Measure '赵六的措施。' -By 赵六");
        var conflict = Assert.Single(ps.Errors);
        var kept = ps.RunClean("(Get-SuggestionPoint 20210347).Measure").Single().ToString();
        ps.RunClean("$stale | Set-SuggestionPoint -Measure '赵六的措施。' -By 赵六 -Force");

        Assert.Equal(ErrorCategory.ResourceBusy, conflict.CategoryInfo.Category);
        Assert.Equal("SuggestionConflict", conflict.FullyQualifiedErrorId.Split(',')[0]);
        Assert.Equal("20210347", conflict.TargetObject);
        Assert.Equal("王五的措施。", kept);
        Assert.Equal("赵六的措施。", ps.RunClean("(Get-SuggestionPoint 20210347).Measure").Single().ToString());
    }

    [Fact]
    public void RemovingSeveralPipedPointsRemovesTheFirstAndRefusesTheRestWhoseNumbersMoved()
    {
        using var ps = module.Connect();
        ps.RunClean(Lead, "20210347");
        ps.RunClean("1..3 | ForEach-Object { Set-SuggestionPoint 20210347 $_ -Point \"第${_}点\" }");

        ps.Run("Get-SuggestionPoint 20210347 -Index 1, 2 | Remove-SuggestionPoint");

        Assert.Equal(ErrorCategory.ResourceBusy, Assert.Single(ps.Errors).CategoryInfo.Category);
        Assert.Equal(["第2点", "第3点"], ps.RunClean("(Get-SuggestionPoint 20210347).Point").Select(p => p.ToString()));
    }

    [Fact]
    public void RefusedPointsAreErrorsNamingTheItemAndWhatToDo()
    {
        using var ps = module.Connect();
        ps.RunClean(Lead, "20210347");

        ps.Run("Set-SuggestionPoint 20210347 1");
        var nothing = Assert.Single(ps.Errors);
        ps.Run("Set-SuggestionPoint 20210347 2 -Point '跳过第一点'");
        var gap = Assert.Single(ps.Errors);
        ps.Run("Remove-SuggestionPoint 20210347 1");
        var none = Assert.Single(ps.Errors);
        ps.Run("Set-SuggestionPoint 20210347 0 -Point 'x'");
        var zero = Assert.Single(ps.Errors);

        Assert.Equal(ErrorCategory.InvalidArgument, nothing.CategoryInfo.Category);
        Assert.Contains("Give -Point (its wording), -Measure (the measures taken), or both", nothing.Exception.Message, StringComparison.Ordinal);
        Assert.Equal((ErrorCategory.InvalidOperation, "20210347"), (gap.CategoryInfo.Category, gap.TargetObject));
        Assert.Contains("the next new point is point 1, not 2", gap.Exception.Message, StringComparison.Ordinal);
        Assert.Contains("it has no points; there is no point 1 to remove", none.Exception.Message, StringComparison.Ordinal);
        Assert.Equal("ParameterArgumentValidationError,SuggestionDesk.PowerShell.Points.SetSuggestionPointCommand", zero.FullyQualifiedErrorId);
        Assert.Empty(ps.RunClean("Get-SuggestionPoint 20210347"));
    }

    [Fact]
    public void PointsExportedWithExportCsvComeBackThroughImportSuggestionPoint()
    {
        using var ps = module.Connect();
        ps.RunClean(Lead, "20210347");
        ps.RunClean(Lead, "20210254");
        // Typographic quotes are quotes to PowerShell too, so the texts come as arguments.
        ps.RunClean("Set-SuggestionPoint 20210347 1 -Point $args[0] -Measure $args[1]; Set-SuggestionPoint 20210347 2 -Point '优化建设模式' -Measure $args[2]",
            "探索“建管分离”顶层设计", "开展调研，“数字深圳”规划。\n组建建设运营中心，市属国企为主体。", "=HYPERLINK(\"x\")");
        var file = Path.Combine(folder, "points.csv");

        ps.RunClean("Get-Suggestion | Get-SuggestionPoint | Export-Csv $args[0] -NoTypeInformation -Encoding utf8BOM", file);
        ps.RunClean("(Import-Csv $args[0]) | ForEach-Object { $_.Number = '20210254'; $_ } | Export-Csv $args[0] -NoTypeInformation -Encoding utf8BOM", file);
        var preview = ps.RunClean("Import-SuggestionPoint $args[0] -WhatIf", file).Single();
        var nothingYet = ps.RunClean("Get-SuggestionPoint 20210254");
        var result = ps.RunClean("Import-SuggestionPoint $args[0] -By 督办办公室", file).Single();

        Assert.Equal("\"Number\",\"Index\",\"Point\",\"Measure\"", File.ReadLines(file).First().TrimStart('\uFEFF'));
        Assert.Equal((2, 1), ((int)preview.Properties["PointRows"].Value, (int)preview.Properties["Updated"].Value));
        Assert.Empty(nothingYet);
        Assert.False((bool)result.Properties["Refused"].Value);
        Assert.Equal(
            ps.RunClean("Get-SuggestionPoint 20210347 | ForEach-Object { $_.Point + '|' + $_.Measure }").Select(o => o.ToString()),
            ps.RunClean("Get-SuggestionPoint 20210254 | ForEach-Object { $_.Point + '|' + $_.Measure }").Select(o => o.ToString()));
    }

    [Fact]
    public void AFileOfMeasuresWithABadRowWritesNothingAndNamesTheRow()
    {
        using var ps = module.Connect();
        ps.RunClean(Lead, "20210347");
        var file = Path.Combine(folder, "bad.csv");
        File.WriteAllText(file, "编号,序号,要点,办理措施\r\n20210347,1,探索顶层设计,开展调研。\r\n20219999,1,不存在,措施。\r\n", new System.Text.UTF8Encoding(true));

        var result = ps.Run("Import-SuggestionPoint $args[0] -WarningAction SilentlyContinue", file).Single();

        var error = Assert.Single(ps.Errors);
        Assert.True((bool)result.Properties["Refused"].Value);
        Assert.StartsWith("bad.csv: Row 3 (20219999), 编号: '20219999'", error.Exception.Message, StringComparison.Ordinal);
        Assert.Empty(ps.RunClean("Get-SuggestionPoint 20210347"));
    }

    [Fact]
    public void TheIndexCompletesFromTheItemsPoints()
    {
        using var ps = module.Connect();
        ps.RunClean(Lead, "20210347");
        ps.RunClean("Set-SuggestionPoint 20210347 1 -Point '探索顶层设计'; Set-SuggestionPoint 20210347 2 -Point '优化建设模式'");

        string[] Complete(string line) => ps.RunClean("(TabExpansion2 -inputScript $args[0] -cursorColumn $args[0].Length).CompletionMatches | ForEach-Object { $_.CompletionText + ' ' + $_.ToolTip }", line)
            .Select(o => o.ToString()!).ToArray();

        Assert.Equal(["1 探索顶层设计", "2 优化建设模式", "3 (new point)"], Complete("Set-SuggestionPoint 20210347 -Index "));
        Assert.Equal(["1 探索顶层设计", "2 优化建设模式"], Complete("Remove-SuggestionPoint -Number 20210347 -Index "));
    }

    [Fact]
    public void TheTableShowsEachPointWithTheStartOfItsMeasures()
    {
        using var ps = module.Connect();
        // The session imports the module's dll, not its manifest, so the views are loaded as the manifest would.
        ps.RunClean("Update-FormatData -AppendPath $args[0]", Path.Combine(Path.GetDirectoryName(typeof(Points.GetSuggestionPointCommand).Assembly.Location)!, "SuggestionDesk.format.ps1xml"));
        ps.RunClean(Lead, "20210347");
        ps.RunClean("Set-SuggestionPoint 20210347 1 -Point '探索顶层设计' -Measure \"开展全面调研。`n组建建设运营中心。\"; Set-SuggestionPoint 20210347 2 -Point '优化建设模式'");

        var table = string.Concat(ps.RunClean("Get-SuggestionPoint 20210347 | Out-String -Width 160").Select(o => o.ToString()));
        var list = string.Concat(ps.RunClean("Get-SuggestionPoint 20210347 -Index 1 | Format-List | Out-String -Width 160").Select(o => o.ToString()));

        // The table is in the UI culture's language (English here; Language.Tests.ps1 reads it in Chinese).
        Assert.Contains("开展全面调研。 (paragraphs: 2, characters: 17)", table, StringComparison.Ordinal);
        Assert.Contains("(not entered yet)", table, StringComparison.Ordinal);
        Assert.DoesNotContain("Version", table, StringComparison.Ordinal);
        Assert.Contains("Measure : 开展全面调研。", list, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);
}
