using System.Management.Automation;
using SuggestionDesk.Localization;
using SuggestionDesk.Pdf;
using SuggestionDesk.PowerShell.Localization;

namespace SuggestionDesk.PowerShell.Base;

/// <summary>
/// The -FontFolder of the cmdlets that render the report: the office's own fonts read from the folder, and what
/// serves each part said in the verbose stream (正文：FangSong 仿宋（simfang.ttf）), with a warning when the
/// folder holds none of the faces GB/T 9704 names. Said in the UI culture's language.
/// </summary>
internal static class ReportFontFolder
{
    /// <summary>The fonts for <paramref name="folder"/> as given (a PowerShell path); the bundled ones when it is null.</summary>
    public static ReportFonts Read(PSCmdlet cmdlet, string? folder)
    {
        if (folder is null)
        {
            cmdlet.WriteVerbose(Messages.FontsBundled);
            return ReportFonts.Bundled;
        }

        var path = cmdlet.GetUnresolvedProviderPathFromPSPath(folder);
        if (File.Exists(path))
        {
            throw new PSArgumentException(MessageText.Format(Messages.FontFolderIsFile, folder), nameof(folder));
        }

        if (!Directory.Exists(path))
        {
            throw new DirectoryNotFoundException(MessageText.Format(Messages.FontFolderNotFound, Path.GetFullPath(path)));
        }

        var fonts = ReportFonts.FromFolder(path);
        foreach (var choice in fonts.Choices)
        {
            cmdlet.WriteVerbose(Line(choice));
        }

        foreach (var skipped in fonts.Skipped)
        {
            cmdlet.WriteVerbose(MessageText.Format(Messages.FontNotUsed, skipped));
        }

        if (!fonts.UsesOfficeFonts)
        {
            cmdlet.WriteWarning(MessageText.Format(Messages.FontFolderNoOfficeFonts, fonts.Folder));
        }

        return fonts;
    }

    /// <summary>One role's line: 正文：FangSong 仿宋（simfang.ttf）, or 页码：随附字体 AR PL SungtiL GB（文件夹中没有宋体）.</summary>
    internal static string Line(ReportFontChoice choice)
    {
        var (name, wanted, bundled) = Role(choice.Role);
        return choice.Family is { } family
            ? MessageText.Format(Messages.FontRoleFace, name, family, choice.File)
            : MessageText.Format(Messages.FontRoleBundled, name, bundled, string.Join(Messages.WordOr, wanted));
    }

    // The part of the report a face serves in the UI culture's language (正文 or body), the faces GB/T 9704 names for
    // it in the order they are looked for, and the bundled face drawing it when the folder has none of them.
    private static (string Name, string[] Wanted, string Bundled) Role(ReportFontRole role) => role switch
    {
        ReportFontRole.Title => (Messages.FontRoleTitle, ["小标宋", "宋体"], Song),
        ReportFontRole.Body => (Messages.FontRoleBody, ["仿宋"], Song),
        ReportFontRole.Heading1 => (Messages.FontRoleHeading1, ["黑体"], Hei),
        ReportFontRole.Heading2 => (Messages.FontRoleHeading2, ["楷体"], Hei),
        ReportFontRole.Table => (Messages.FontRoleTable, ["宋体", "仿宋"], Song),
        ReportFontRole.TableHeader => (Messages.FontRoleTableHeader, ["黑体"], Hei),
        ReportFontRole.Figure => (Messages.FontRoleFigure, ["黑体"], Hei),
        _ => (Messages.FontRolePageNumbers, ["宋体"], Song),
    };

    private const string Song = "AR PL SungtiL GB";
    private const string Hei = "Droid Sans Fallback";
}
