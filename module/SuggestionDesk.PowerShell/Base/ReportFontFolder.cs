using System.Management.Automation;
using SuggestionDesk.Pdf;

namespace SuggestionDesk.PowerShell.Base;

/// <summary>
/// The -FontFolder of the cmdlets that render the report: the office's own fonts read from the folder, and what
/// serves each part said in the verbose stream (正文 body: FangSong 仿宋 (simfang.ttf)), with a warning when the
/// folder holds none of the faces GB/T 9704 names.
/// </summary>
internal static class ReportFontFolder
{
    /// <summary>The fonts for <paramref name="folder"/> as given (a PowerShell path); the bundled ones when it is null.</summary>
    public static ReportFonts Read(PSCmdlet cmdlet, string? folder)
    {
        if (folder is null)
        {
            cmdlet.WriteVerbose("Fonts: the bundled ones (AR PL SungtiL GB, Droid Sans Fallback, DejaVu). Give -FontFolder with the office's 仿宋, 小标宋, 黑体, 楷体 and 宋体 to use those.");
            return ReportFonts.Bundled;
        }

        var path = cmdlet.GetUnresolvedProviderPathFromPSPath(folder);
        if (File.Exists(path))
        {
            throw new PSArgumentException($"-FontFolder '{folder}' is a file, not a folder. Give the folder the font files are in (e.g. a copy of simfang.ttf, simhei.ttf, simkai.ttf, simsun.ttc).", nameof(folder));
        }

        var fonts = ReportFonts.FromFolder(path);
        foreach (var choice in fonts.Choices)
        {
            cmdlet.WriteVerbose(choice.Text);
        }

        foreach (var skipped in fonts.Skipped)
        {
            cmdlet.WriteVerbose("Not used: " + skipped);
        }

        if (!fonts.UsesOfficeFonts)
        {
            cmdlet.WriteWarning($"The font folder '{fonts.Folder}' holds no usable 仿宋 (FangSong), 小标宋, 黑体 (SimHei), 楷体 (KaiTi) or 宋体 (SimSun) font, so the report uses the bundled fonts. Add -Verbose to see what was passed over.");
        }

        return fonts;
    }
}
