using System.Diagnostics;

namespace SuggestionDesk.PowerShell.Tests;

/// <summary>
/// New-SuggestionReport -FontFolder: the office's own fonts (here the pinned fonts renamed FangSong 仿宋 and
/// SimHei 黑体, <see cref="OfficeFontFiles"/>) embedded in the PDF, what serves each part said with -Verbose, and a
/// folder that is not there refused by name before anything is written.
/// </summary>
[Collection(ModuleCollection.Name)]
public sealed class ReportFontCmdletTests(AzuriteFixture module) : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("sd-report-fonts-").FullName;

    [Fact]
    public void TheOfficesFontsAreEmbeddedAndVerboseSaysWhichFaceServedEachPart()
    {
        var fonts = Directory.CreateDirectory(Path.Combine(folder, "公文字体")).FullName;
        File.WriteAllBytes(Path.Combine(fonts, "simfang.ttf"), OfficeFontFiles.Renamed("gbsn00lp.ttf", "FangSong", "仿宋"));
        File.WriteAllBytes(Path.Combine(fonts, "simhei.ttf"), OfficeFontFiles.Renamed("DroidSansFallbackFull.ttf", "SimHei", "黑体"));
        using var ps = module.Connect();
        ps.RunClean("Import-Suggestion -Path $args[0] | Out-Null", Path.Combine(Repository.Root, "module", "examples", "ledger-2021.csv"));
        var path = Path.Combine(folder, "report.pdf");

        var output = ps.RunClean("New-SuggestionReport $args[0] -AsOf 2021-09-28 -FontFolder $args[1] -Verbose 4>&1", path, fonts);

        var verbose = output.Select(o => o.BaseObject).OfType<VerboseRecord>().Select(v => v.Message).ToArray();
        Assert.Contains("body: FangSong 仿宋 (simfang.ttf)", verbose);
        Assert.Contains("heading 1: SimHei 黑体 (simhei.ttf)", verbose);
        Assert.Contains("title: bundled AR PL SungtiL GB (no 小标宋 or 宋体 in the folder)", verbose);
        var embedded = Run("pdffonts", path);
        Assert.Matches(@"[A-Z]{6}\+FangSong\s", embedded);
        Assert.Matches(@"[A-Z]{6}\+SimHei\s", embedded);
        Assert.Matches(@"[A-Z]{6}\+AR PL SungtiL GB\s", embedded);
        Assert.Contains("共接收办理人大代表建议24件", Run("pdftotext", "-raw", "-enc", "UTF-8", path, "-").Replace("\n", string.Empty), StringComparison.Ordinal);
    }

    [Fact]
    public void AFolderWithoutTheFacesWarnsAndUsesTheBundledFonts()
    {
        using var ps = module.Connect();
        var path = Path.Combine(folder, "report.pdf");

        var output = ps.RunClean("New-SuggestionReport $args[0] -FontFolder $args[1] 3>&1", path, folder);

        var warning = Assert.Single(output.Select(o => o.BaseObject).OfType<WarningRecord>());
        Assert.Contains($"'{folder}' holds no usable 仿宋 (FangSong)", warning.Message, StringComparison.Ordinal);
        Assert.True(File.Exists(path));
    }

    [Fact]
    public void AFolderThatIsNotThereIsNamedAndNothingIsWritten()
    {
        using var ps = module.Connect();
        var missing = Path.Combine(folder, "没有的字体文件夹");
        var path = Path.Combine(folder, "report.pdf");

        ps.Run("New-SuggestionReport $args[0] -FontFolder $args[1]", path, missing);

        var error = Assert.Single(ps.Errors);
        Assert.Equal(ErrorCategory.ObjectNotFound, error.CategoryInfo.Category);
        Assert.Equal("FolderNotFound,SuggestionDesk.PowerShell.Reporting.NewSuggestionReportCommand", error.FullyQualifiedErrorId);
        Assert.Contains($"The font folder '{missing}' does not exist", error.Exception.Message, StringComparison.Ordinal);
        Assert.Equal(missing, error.TargetObject);
        Assert.Empty(Directory.GetFiles(folder));
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private static string Run(string tool, params string[] arguments)
    {
        var start = new ProcessStartInfo(tool) { RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var text = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return text;
    }
}
