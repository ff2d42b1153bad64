namespace SuggestionDesk.PowerShell.Tests;

[Collection(ModuleCollection.Name)]
public sealed class RunCmdletTests(AzuriteFixture module) : IDisposable
{
    private readonly string outbox = Directory.CreateTempSubdirectory("sd-runs-").FullName;

    private const string Setup = """
        Set-SuggestionDirectory -Office -Mailbox duban@example.gov.cn | Out-Null
        New-Suggestion -Number '2026/0001' -Title '道路' -Session '市八届人大三次会议' -LeadProposer '王代表' `
            -Role Lead -Department '规划发展处' -Owner '李四' -OwnerEmail 'lisi@example.gov.cn' -AssignedOn 2026-07-01 | Out-Null
        Confirm-SuggestionReceipt '2026/0001' -On 2026-07-02
        """;

    [Fact]
    public void EachSendingRunIsListedNewestFirstAndAWhatIfRunIsNot()
    {
        using var ps = module.Connect();
        ps.RunClean(Setup);

        ps.RunClean("Send-SuggestionReminder -AsOf 2026-10-09 -OutboxPath $args[0] -WhatIf", outbox);
        Assert.Empty(ps.RunClean("Get-SuggestionRun"));
        ps.RunClean("Send-SuggestionReminder -AsOf 2026-10-03 -OutboxPath $args[0] -WarningAction SilentlyContinue", outbox);
        ps.RunClean("Send-SuggestionReminder -AsOf 2026-10-09 -OutboxPath $args[0]", outbox);

        var runs = ps.RunClean("Get-SuggestionRun");
        var reminders = ps.RunClean("Get-SuggestionRun -Kind 催办 -Last 1");

        Assert.Equal(["2026-10-09", "2026-10-03"], runs.Select(r => r.Properties["For"].Value.ToString()));
        Assert.Equal(["Succeeded", "NothingDue"], runs.Select(r => r.Properties["Outcome"].Value.ToString()));
        Assert.All(runs, r => Assert.Equal(Environment.UserName, r.Properties["Host"].Value));
        var last = Assert.Single(reminders);
        Assert.Equal((1, 1, 0), ((int)last.Properties["Planned"].Value, (int)last.Properties["Sent"].Value, (int)last.Properties["Failed"].Value));
        Assert.Empty(ps.RunClean("Get-SuggestionRun Report"));
    }

    [Fact]
    public void AWrittenReportIsARunOfKindReportForTheDayItsFiguresDescribe()
    {
        using var ps = module.Connect();
        ps.RunClean(Setup);
        var pdf = Path.Combine(outbox, "report.pdf");

        ps.RunClean("New-SuggestionReport -Path $args[0] -AsOf 2026-10-31 -WhatIf", pdf);
        Assert.Empty(ps.RunClean("Get-SuggestionRun -Kind Report"));
        ps.RunClean("New-SuggestionReport -Path $args[0] -From 2026-01-01 -To 2026-10-31 -AsOf 2026-10-31", pdf);

        var run = Assert.Single(ps.RunClean("Get-SuggestionRun -Kind Report"));
        Assert.Equal(("2026-10-31", "Succeeded", Environment.UserName),
            (run.Properties["For"].Value.ToString(), run.Properties["Outcome"].Value.ToString(), run.Properties["Host"].Value));
        Assert.True(File.Exists(pdf));
    }

    [Fact]
    public void TheDefaultViewIsATableWithTheOutcomeAndTheFirstError()
    {
        using var ps = module.Connect();
        ps.RunClean(Setup);
        ps.RunClean("Send-SuggestionReminder -AsOf 2026-10-09 -OutboxPath $args[0]", outbox);

        var text = string.Join("\n", ps.RunClean("Get-SuggestionRun | Out-String -Width 160").Select(o => o.ToString()));

        Assert.Contains("Outcome", text, StringComparison.Ordinal);
        Assert.Contains("FirstError", text, StringComparison.Ordinal);
        Assert.Contains("Succeeded", text, StringComparison.Ordinal);
    }

    [Fact]
    public void ARunsStartIsShownInTheOfficesTimeWhateverTheMachinesZone()
    {
        using var ps = module.Connect();
        ps.RunClean(Setup);
        ps.RunClean("Send-SuggestionReminder -AsOf 2026-10-09 -OutboxPath $args[0]", outbox);

        var run = ps.RunClean("Get-SuggestionRun -Last 1").Single();
        var started = (DateTimeOffset)run.Properties["Started"].Value;
        var china = TimeZoneInfo.ConvertTime(started, TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai"));

        Assert.Equal(china.ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture), run.Properties["StartedShown"].Value);
    }

    [Fact]
    public void TheDefaultViewShowsKindAndOutcomeInTheUICulturesLanguageAndThePropertiesStayAsScriptsKnowThem()
    {
        using var ps = module.Connect();
        ps.RunClean(Setup);
        ps.RunClean("Send-SuggestionReminder -AsOf 2026-10-09 -OutboxPath $args[0]", outbox);

        // The culture of this pipeline only: the view's words are read when it is drawn (the table itself is read in
        // Chinese by Language.Tests.ps1, in a pwsh that has the module's zh satellites).
        var chinese = string.Join(" ", ps.RunClean("""
            $saved = [cultureinfo]::CurrentUICulture
            try { [cultureinfo]::CurrentUICulture = 'zh-CN'; Get-SuggestionRun | ForEach-Object { $_.KindShown; $_.OutcomeShown } }
            finally { [cultureinfo]::CurrentUICulture = $saved }
            """).Select(o => o.ToString()));
        var english = string.Join("\n", ps.RunClean("Get-SuggestionRun | Out-String -Width 160").Select(o => o.ToString()));
        var listed = ps.RunClean("Get-SuggestionRun | Select-Object * | ForEach-Object { $_.PSObject.Properties.Name }").Select(o => o.ToString()).ToList();

        Assert.Contains("催办", chinese, StringComparison.Ordinal);
        Assert.Contains("成功", chinese, StringComparison.Ordinal);
        Assert.DoesNotContain("Succeeded", chinese, StringComparison.Ordinal);
        Assert.Contains("Reminders", english, StringComparison.Ordinal);
        Assert.DoesNotContain("催办", english, StringComparison.Ordinal);
        Assert.Contains("Outcome", listed);
        Assert.DoesNotContain("OutcomeShown", listed);
        Assert.Equal(["Succeeded"], ps.RunClean("(Get-SuggestionRun -Last 1).Outcome").Select(o => o.ToString()));
    }

    [Fact]
    public void AKindThatIsNotOneIsRefusedNamingTheKinds()
    {
        using var ps = module.Connect();

        var error = Assert.ThrowsAny<Exception>(() => ps.RunClean("Get-SuggestionRun -Kind Weekly"));

        Assert.Contains("Reminders (催办)", error.Message, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(outbox, recursive: true);
}
