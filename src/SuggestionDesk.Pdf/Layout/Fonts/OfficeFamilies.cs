using System.Globalization;

namespace SuggestionDesk.Pdf.Layout.Fonts;

/// <summary>The kinds of face GB/T 9704 names, which an office's own fonts may supply.</summary>
internal enum OfficeFaceKind
{
    /// <summary>小标宋: the title.</summary>
    XiaoBiaoSong,

    /// <summary>仿宋: the body.</summary>
    FangSong,

    /// <summary>黑体: level-1 headings.</summary>
    Hei,

    /// <summary>楷体: level-2 headings.</summary>
    Kai,

    /// <summary>宋体: tables, page numbers, and the title when there is no 小标宋.</summary>
    Song,
}

/// <summary>
/// Which kind of face a family name is, in Chinese or English, as Windows, WPS and Founder (方正) name them:
/// 仿宋/FangSong, 仿宋_GB2312, 楷体/KaiTi, 楷体_GB2312, 黑体/SimHei, 宋体/SimSun, 方正小标宋简体/FZXiaoBiaoSong-B05S.
/// Names are compared without case, spaces, hyphens or underscores.
/// </summary>
internal static class OfficeFamilies
{
    // In order of preference within a kind: the GBK faces (simfang.ttf) before the older GB2312-only ones.
    private static readonly (OfficeFaceKind Kind, string[] Names)[] Known =
    [
        (OfficeFaceKind.XiaoBiaoSong, ["方正小标宋简体", "fzxiaobiaosongb05s", "方正小标宋gbk", "fzxiaobiaosongb05", "方正小标宋", "小标宋", "小标宋体", "fzxbsjw", "fzxiaobiaosong"]),
        (OfficeFaceKind.FangSong, ["仿宋", "fangsong", "仿宋体", "仿宋gb2312", "fangsonggb2312", "方正仿宋简体", "fzfangsongz02s", "华文仿宋", "stfangsong"]),
        (OfficeFaceKind.Hei, ["黑体", "simhei", "方正黑体简体", "fzheitiz02s", "华文黑体", "stheiti"]),
        (OfficeFaceKind.Kai, ["楷体", "kaiti", "楷体gb2312", "kaitigb2312", "方正楷体简体", "fzkaitiz01s", "华文楷体", "stkaiti"]),
        (OfficeFaceKind.Song, ["宋体", "simsun", "方正书宋简体", "fzshusongz01s", "华文宋体", "stsong"]),
    ];

    /// <summary>The Chinese name of each kind, as messages give it.</summary>
    public static string ChineseName(OfficeFaceKind kind) => kind switch
    {
        OfficeFaceKind.XiaoBiaoSong => "小标宋",
        OfficeFaceKind.FangSong => "仿宋",
        OfficeFaceKind.Hei => "黑体",
        OfficeFaceKind.Kai => "楷体",
        _ => "宋体",
    };

    /// <summary>The kind the first of <paramref name="families"/> that is known names, and its rank within the kind (lower is better).</summary>
    public static (OfficeFaceKind Kind, int Rank)? Recognise(IEnumerable<string> families)
    {
        foreach (var family in families)
        {
            var key = Key(family);
            foreach (var (kind, names) in Known)
            {
                int rank = Array.IndexOf(names, key);
                if (rank >= 0)
                {
                    return (kind, rank);
                }
            }
        }

        return null;
    }

    private static string Key(string family) =>
        new(family.ToLower(CultureInfo.InvariantCulture).Where(c => c is not (' ' or '-' or '_' or '\u3000')).ToArray());
}
