using System.Diagnostics;

namespace SuggestionDesk.PowerShell.Tests;

[Collection(ModuleCollection.Name)]
public sealed class ReportCmdletTests(AzuriteFixture module) : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("sd-report-").FullName;

    private static string SampleLedger => Path.Combine(Repository.Root, "module", "examples", "ledger-2021.csv");

    private static string Narrative => Path.Combine(Repository.Root, "module", "examples", "narrative-2021.md");

    [Fact]
    public void WritesTheReportWithTheSummarysFiguresAndEveryTitle()
    {
        using var ps = module.Connect();
        ps.RunClean("Import-Suggestion -Path $args[0] | Out-Null", SampleLedger);
        var path = Path.Combine(folder, "report.pdf");

        var file = ps.RunClean(
            "New-SuggestionReport $args[0] -AsOf 2021-09-28 -Issuer 深圳市政务服务数据管理局 -DocumentNumber '深政数函〔2021〕87号' -NarrativePath $args[1]",
            path, Narrative).Single();

        Assert.Equal(path, ((FileInfo)file.BaseObject).FullName);
        Assert.Equal(24, (int)file.Properties["Items"].Value);
        Assert.True((int)file.Properties["Pages"].Value >= 5);
        var text = PdfText(path);
        Assert.Contains("共接收办理人大代表建议24件，其中主办件3件、承办件1件、分办件1件、会办件19件", text, StringComparison.Ordinal);
        Assert.Contains("二、主要做法", text, StringComparison.Ordinal);
        foreach (var title in File.ReadAllLines(SampleLedger).Skip(1).Select(l => l.Split(',')[1]))
        {
            Assert.Contains(title, text, StringComparison.Ordinal);
        }

        Assert.Equal([path], Directory.GetFiles(folder));
    }

    [Fact]
    public void WhatIfWritesNothing()
    {
        using var ps = module.Connect();
        var path = Path.Combine(folder, "whatif.pdf");

        ps.RunClean("New-SuggestionReport $args[0] -WhatIf", path);

        Assert.False(File.Exists(path));
        Assert.Empty(Directory.GetFiles(folder));
    }

    [Fact]
    public void AStartAfterTheEndIsRefusedNamingBothDates()
    {
        using var ps = module.Connect();

        ps.Run("New-SuggestionReport $args[0] -From 2021-12-31 -To 2021-01-01", Path.Combine(folder, "bad.pdf"));

        var error = Assert.Single(ps.Errors);
        Assert.Equal(ErrorCategory.InvalidArgument, error.CategoryInfo.Category);
        Assert.Contains("2021-12-31", error.Exception.Message, StringComparison.Ordinal);
        Assert.Contains("2021-01-01", error.Exception.Message, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(folder));
    }

    [Fact]
    public void AnUnknownSessionIsRefusedNamingItAndTheStoredSessionsAndNothingIsWrittenOrRecorded()
    {
        using var ps = module.Connect();
        ps.RunClean("""
            New-Suggestion -Number 1 -Title t -Session 市七届人大一次会议 -LeadProposer p -Role Lead -Department d -Owner o -AssignedOn 2021-03-15 | Out-Null
            New-Suggestion -Number 2 -Title t -Session 市七届人大二次会议 -LeadProposer p -Role Lead -Department d -Owner o -AssignedOn 2022-03-15 | Out-Null
            """);
        var path = Path.Combine(folder, "typo.pdf");

        var output = ps.Run("New-SuggestionReport $args[0] -Session 市七届人大3次会议", path);

        var error = Assert.Single(ps.Errors);
        Assert.Empty(output);
        Assert.Equal((ErrorCategory.ObjectNotFound, "SessionNotFound"), (error.CategoryInfo.Category, error.FullyQualifiedErrorId.Split(',')[0]));
        Assert.Equal("市七届人大3次会议", error.TargetObject);
        Assert.Contains("'市七届人大3次会议'", error.Exception.Message, StringComparison.Ordinal);
        Assert.Contains("市七届人大一次会议, 市七届人大二次会议", error.Exception.Message, StringComparison.Ordinal);
        Assert.Contains("-Session", error.ErrorDetails.RecommendedAction, StringComparison.Ordinal);
        Assert.False(File.Exists(path));
        Assert.Empty(Directory.GetFileSystemEntries(folder));
        Assert.Empty(ps.RunClean("Get-SuggestionRun -Kind Report"));

        // The same name with a space: the session meant is suggested; the right name writes the report.
        ps.Run("New-SuggestionReport $args[0] -Session '市七届人大 二次会议'", path);
        Assert.Contains("Did you mean '市七届人大二次会议'?", Assert.Single(ps.Errors).Exception.Message, StringComparison.Ordinal);
        Assert.Equal(1, (int)ps.RunClean("New-SuggestionReport $args[0] -Session 市七届人大二次会议 -AsOf 2022-12-31", path).Single().Properties["Items"].Value);
    }

    [Fact]
    public void AMissingNarrativeFileIsNamed()
    {
        using var ps = module.Connect();

        ps.Run("New-SuggestionReport $args[0] -NarrativePath ./no-such-narrative.md", Path.Combine(folder, "bad.pdf"));

        var error = Assert.Single(ps.Errors);
        Assert.Equal(ErrorCategory.ObjectNotFound, error.CategoryInfo.Category);
        Assert.Contains("no-such-narrative.md", error.Exception.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en")]
    [InlineData("English")]
    [InlineData("英文")]
    public void AnEnglishReportForOneSessionWhateverTheSpellingOfTheLanguage(string language)
    {
        using var ps = module.Connect();
        ps.RunClean("Import-Suggestion -Path $args[0] | Out-Null", SampleLedger);
        var path = Path.Combine(folder, "en.pdf");

        var file = ps.RunClean("[pscustomobject]@{ Session = '市七届人大一次会议' } | New-SuggestionReport $args[0] -AsOf 2021-09-28 -Language $args[1]", path, language).Single();

        Assert.Equal(23, (int)file.Properties["Items"].Value);
        Assert.Contains("1. Overview", PdfText(path), StringComparison.Ordinal);
    }

    [Fact]
    public void ALanguageNoOneSpeaksIsRefusedNamingTheWordsAccepted()
    {
        using var ps = module.Connect();

        ps.Run("New-SuggestionReport $args[0] -Language Klingon", Path.Combine(folder, "x.pdf"));

        var error = Assert.Single(ps.Errors);
        Assert.Contains("'Klingon' is not a language", error.Exception.Message, StringComparison.Ordinal);
        Assert.Contains("中文", error.Exception.Message, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private static string PdfText(string pdf)
    {
        var start = new ProcessStartInfo("pdftotext") { RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var argument in new[] { "-raw", "-enc", "UTF-8", pdf, "-" })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var text = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return text.Replace("\n", string.Empty);
    }
}
