namespace SuggestionDesk.PowerShell.Tests;

[Collection(ModuleCollection.Name)]
public sealed class LedgerCmdletTests(AzuriteFixture module) : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("sd-ledger-").FullName;

    private static string SampleLedger => Path.Combine(Repository.Root, "module", "examples", "ledger-2021.csv");

    [Fact]
    public void TheSampleLedgerGivesTheSeedReportsFigures()
    {
        using var ps = module.Connect();

        var result = ps.RunClean("Import-Suggestion -Path $args[0]", SampleLedger).Single();
        var summary = ps.RunClean("Get-SuggestionSummary -AsOf 2021-09-28").Single();
        int Figure(string name) => (int)summary.Properties[name].Value;

        Assert.Equal(24, (int)result.Properties["Created"].Value);
        Assert.Equal((24, 3, 1, 1, 19), (Figure("Total"), Figure("Lead"), Figure("Sole"), Figure("Split"), Figure("Joint")));
        Assert.Equal((5, 3, 3), (Figure("EvaluationRequired"), Figure("EvaluationReceived"), Figure("Satisfied")));
        Assert.Equal((24, 24), (Figure("SignedOnTime"), Figure("RepliedOnTime")));
    }

    [Fact]
    public void AFolderGivenForTheLedgerIsRefusedNamingALedgerInItAndNothingIsWritten()
    {
        using var ps = module.Connect();
        var withLedger = Directory.CreateDirectory(Path.Combine(folder, "台账")).FullName;
        File.WriteAllText(Path.Combine(withLedger, "2026年台账.csv"), "编号,标题\n");
        var empty = Directory.CreateDirectory(Path.Combine(folder, "空")).FullName;

        ps.Run("Import-Suggestion $args[0]", withLedger);
        var named = Assert.Single(ps.Errors);
        ps.Run("Import-Suggestion $args[0]", empty);
        var none = Assert.Single(ps.Errors);

        Assert.Equal("InvalidArgument", named.CategoryInfo.Category.ToString());
        Assert.Contains("is a folder", named.Exception.Message, StringComparison.Ordinal);
        Assert.Contains(Path.Combine(withLedger, "2026年台账.csv"), named.Exception.Message, StringComparison.Ordinal);
        Assert.Contains("no .csv or .xlsx file", none.Exception.Message, StringComparison.Ordinal);
        Assert.Empty(ps.RunClean("Get-Suggestion"));
    }

    [Fact]
    public void AFileRefusedForItsHeaderDoesNotSuggestSkippingInvalidRows()
    {
        using var ps = module.Connect();
        var noTitle = Path.Combine(folder, "no-title.csv");
        File.WriteAllText(noTitle, """
            Number,Session,Proposers,Role,Department,Owner,AssignedOn
            2026-1,市八届人大三次会议,王代表,Lead,规划发展处,李四,2026-03-02
            """, new System.Text.UTF8Encoding(false));

        var warnings = ps.Run("Import-Suggestion $args[0] -ErrorAction SilentlyContinue -WarningVariable w -WarningAction SilentlyContinue | Out-Null; $w | ForEach-Object Message", noTitle)
            .Select(o => o.ToString()).ToList();
        var result = ps.Run("Import-Suggestion $args[0] -ErrorAction SilentlyContinue -WarningAction SilentlyContinue", noTitle).Single();

        Assert.True((bool)result.Properties["HeaderRefused"].Value);
        Assert.Contains(warnings, w => w.StartsWith("Nothing was imported: the header row cannot be read", StringComparison.Ordinal));
        Assert.DoesNotContain(warnings, w => w.Contains("import the valid rows with -SkipInvalid", StringComparison.Ordinal));
        Assert.Empty(ps.RunClean("Get-Suggestion"));
    }

    [Fact]
    public void ImportingTheSameFileAgainChangesNothing()
    {
        using var ps = module.Connect();
        ps.RunClean("Import-Suggestion $args[0] | Out-Null", SampleLedger);

        var again = ps.RunClean("Import-Suggestion $args[0]", SampleLedger).Single();

        Assert.Equal((0, 0, 24), ((int)again.Properties["Created"].Value, (int)again.Properties["Updated"].Value, (int)again.Properties["Unchanged"].Value));
        Assert.Single(ps.RunClean("Get-SuggestionHistory 20210347 | Where-Object Action -eq 'Create'"));
    }

    [Fact]
    public void WhatIfReportsWhatWouldHappenAndWritesNothing()
    {
        using var ps = module.Connect();

        var preview = ps.RunClean("Import-Suggestion $args[0] -WhatIf", SampleLedger).Single();

        Assert.Equal(24, (int)preview.Properties["Created"].Value);
        Assert.Empty(ps.RunClean("Get-Suggestion"));
    }

    [Fact]
    public void WhatIfOnAReimportNamesEachStoredItemItWouldChangeAndWhatItWouldUndo()
    {
        using var ps = module.Connect();
        var ledger = Path.Combine(folder, "master.csv");
        File.WriteAllText(ledger, """
            Number,Title,Session,Proposers,Role,Department,Owner,OwnerEmail,AssignedOn
            2026-7,关于优化公交线路的建议,市八届人大三次会议,王代表,Lead,规划发展处,周洁,,2026-03-02
            2026-8,关于增设便民服务点的建议,市八届人大三次会议,王代表,Lead,规划发展处,李四,,2026-03-02
            """, new System.Text.UTF8Encoding(false));
        ps.RunClean("Import-Suggestion $args[0] | Out-Null", ledger);
        // The office fixes the officer's address with a cmdlet; the master ledger still has none.
        ps.RunClean("Set-Suggestion 2026-7 -OwnerEmail zhoujie@example.gov.cn");

        var preview = ps.RunClean("Import-Suggestion $args[0] -WhatIf", ledger).Single();

        var result = Assert.IsType<SuggestionDesk.Services.LedgerImportResult>(preview.BaseObject);
        Assert.Equal(1, result.Updated);
        var update = Assert.Single(result.Updates);
        Assert.Equal("2026-7", update.Number);
        var change = SuggestionDesk.Items.HistoryText.Describe(Assert.Single(update.Changes));
        Assert.Contains("zhoujie@example.gov.cn → ∅", change, StringComparison.Ordinal);
        Assert.Equal("zhoujie@example.gov.cn", ps.RunClean("(Get-Suggestion 2026-7).OwnerEmail").Single().ToString());
    }

    [Fact]
    public void AFileWithBadRowsWritesNothingAndReportsEveryBadRow()
    {
        using var ps = module.Connect();
        var bad = Path.Combine(folder, "bad.csv");
        File.WriteAllText(bad, """
            Number,Title,Session,Proposers,Role,Department,Owner,OwnerEmail,AssignedOn
            2026-1,好的建议,市八届人大三次会议,王代表,Lead,规划发展处,李四,lisi@example.gov.cn,2026-03-02
            2026-2,日期不对,市八届人大三次会议,王代表,Lead,规划发展处,李四,lisi@example.gov.cn,2026-02-30
            2026-3,类型不对,市八届人大三次会议,王代表,Boss,规划发展处,李四,lisi@example.gov.cn,2026-03-02
            """, new System.Text.UTF8Encoding(false));

        var preview = ps.Run("Import-Suggestion $args[0] -WhatIf", bad).Single();
        var result = ps.Run("Import-Suggestion $args[0]", bad).Single();
        var errors = ps.Errors;
        var skipped = ps.Run("Import-Suggestion $args[0] -SkipInvalid", bad).Single();

        Assert.True((bool)preview.Properties["Refused"].Value);
        Assert.True((bool)result.Properties["Refused"].Value);
        Assert.Equal(2, errors.Count);
        Assert.All(errors, e => Assert.Equal(ErrorCategory.InvalidData, e.CategoryInfo.Category));
        Assert.Contains("Row 3 (2026-2), AssignedOn: '2026-02-30'", errors[0].Exception.Message, StringComparison.Ordinal);
        Assert.Contains("Row 4 (2026-3), Role: 'Boss'", errors[1].Exception.Message, StringComparison.Ordinal);
        Assert.Equal(1, (int)skipped.Properties["Created"].Value);
        Assert.Equal(["2026-1"], ps.RunClean("Get-Suggestion | ForEach-Object { $_.Number.Value }").Select(o => o.ToString()));
    }

    [Theory]
    [InlineData("ledger.csv")]
    [InlineData("ledger.xlsx")]
    public void ExportThenImportIsLossless(string name)
    {
        using var ps = module.Connect();
        ps.RunClean("Import-Suggestion $args[0] | Out-Null", SampleLedger);
        var file = Path.Combine(folder, name);

        var written = ps.RunClean("Export-Suggestion -Path $args[0] -ChineseHeaders", file).Single();
        var again = ps.RunClean("Import-Suggestion $args[0]", file).Single();

        Assert.Equal(file, ((FileInfo)written.BaseObject).FullName);
        Assert.Equal(24, (int)again.Properties["Unchanged"].Value);
        Assert.Equal(0, (int)again.Properties["Updated"].Value + (int)again.Properties["Created"].Value);
    }

    [Fact]
    public void AnUnknownExtensionIsRefusedNamingThePath()
    {
        using var ps = module.Connect();
        var file = Path.Combine(folder, "ledger.txt");
        File.WriteAllText(file, "x");

        ps.Run("Import-Suggestion $args[0]", file);

        Assert.Contains("ledger.txt", Assert.Single(ps.Errors).Exception.Message, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);
}
