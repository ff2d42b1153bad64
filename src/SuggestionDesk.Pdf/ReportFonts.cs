using SuggestionDesk.Pdf.Layout.Fonts;

namespace SuggestionDesk.Pdf;

/// <summary>
/// The faces the report is drawn with: the bundled free fonts (<see cref="Bundled"/>), or the office's own
/// (<see cref="FromFolder"/>): 仿宋 for the body, 小标宋 for the title, 黑体 and 楷体 for the headings, 宋体 for tables,
/// recognised by the family names in the font files (Chinese or English, .ttf or .ttc), each used for its
/// <see cref="ReportFontRole"/>. A character the office's face lacks is drawn with the bundled fonts.
/// </summary>
public sealed class ReportFonts
{
    private static readonly (ReportFontRole Role, string Label, OfficeFaceKind[] Wanted, string Bundled)[] Roles =
    [
        (ReportFontRole.Title, "标题 title", [OfficeFaceKind.XiaoBiaoSong, OfficeFaceKind.Song], SongBundled),
        (ReportFontRole.Body, "正文 body", [OfficeFaceKind.FangSong], SongBundled),
        (ReportFontRole.Heading1, "一级标题 heading 1", [OfficeFaceKind.Hei], HeiBundled),
        (ReportFontRole.Heading2, "二级标题 heading 2", [OfficeFaceKind.Kai], HeiBundled),
        (ReportFontRole.Table, "表格 tables", [OfficeFaceKind.Song, OfficeFaceKind.FangSong], SongBundled),
        (ReportFontRole.TableHeader, "表头 table headers", [OfficeFaceKind.Hei], HeiBundled),
        (ReportFontRole.Figure, "图表 figures", [OfficeFaceKind.Hei], HeiBundled),
        (ReportFontRole.PageNumbers, "页码 page numbers", [OfficeFaceKind.Song], SongBundled),
    ];

    private const string SongBundled = "AR PL SungtiL GB (宋体)";
    private const string HeiBundled = "Droid Sans Fallback (黑体-like)";

    private readonly Dictionary<ReportFontRole, string> faces;

    private ReportFonts(string? folder, Dictionary<ReportFontRole, string> faces, IReadOnlyList<ReportFontChoice> choices, IReadOnlyList<string> skipped)
    {
        Folder = folder;
        this.faces = faces;
        Choices = choices;
        Skipped = skipped;
    }

    /// <summary>The bundled free fonts alone.</summary>
    public static ReportFonts Bundled { get; } = new(null, [], Roles.Select(r => new ReportFontChoice(r.Role, null, null, $"{r.Label}: bundled {r.Bundled}")).ToArray(), []);

    /// <summary>The folder the office's fonts were read from; null for <see cref="Bundled"/>.</summary>
    public string? Folder { get; }

    /// <summary>Which face serves each role, in the report's order: title, body, headings, tables, figures, page numbers.</summary>
    public IReadOnlyList<ReportFontChoice> Choices { get; }

    /// <summary>The faces found in the folder that could not be used, one sentence each naming the file and why.</summary>
    public IReadOnlyList<string> Skipped { get; }

    /// <summary>Whether any role has a face from the folder.</summary>
    public bool UsesOfficeFonts => faces.Count > 0;

    /// <summary>
    /// Reads the fonts in <paramref name="folder"/> (its .ttf, .ttc and .otf files, not its subfolders) and picks a face for
    /// each role. Files that are not the faces GB/T 9704 names are passed over; a role with no face keeps the bundled one.
    /// </summary>
    /// <exception cref="DirectoryNotFoundException">The folder does not exist; the message names it.</exception>
    public static ReportFonts FromFolder(string folder)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        var full = Path.GetFullPath(folder);
        if (!Directory.Exists(full))
        {
            throw new DirectoryNotFoundException(
                $"The font folder '{full}' does not exist. Give a folder holding the office's fonts (a copy of simfang.ttf 仿宋, simhei.ttf 黑体, simkai.ttf 楷体, simsun.ttc 宋体, 方正小标宋简体), or leave it out to use the bundled fonts.");
        }

        var skipped = new List<string>();
        var candidates = Candidates(full, skipped);
        var library = FontLibrary.Shared;
        var loaded = new Dictionary<Candidate, FontFace?>();
        var faces = new Dictionary<ReportFontRole, string>();
        var choices = new List<ReportFontChoice>();
        foreach (var (role, label, wanted, bundled) in Roles)
        {
            var chosen = wanted.SelectMany(kind => candidates.Where(c => c.Kind == kind)).FirstOrDefault(c => Load(c, library, loaded, skipped) is not null);
            if (chosen is null)
            {
                var names = string.Join(" or ", wanted.Select(OfficeFamilies.ChineseName));
                choices.Add(new ReportFontChoice(role, null, null, $"{label}: bundled {bundled} (no {names} in the folder)"));
                continue;
            }

            faces[role] = loaded[chosen]!.Name;
            var note = chosen.Kind == wanted[0] ? string.Empty : $"; no {OfficeFamilies.ChineseName(wanted[0])} in the folder";
            choices.Add(new ReportFontChoice(role, chosen.Family, Path.GetFileName(chosen.Path), $"{label}: {chosen.Family} ({Path.GetFileName(chosen.Path)}{note})"));
        }

        return new ReportFonts(full, faces, choices, skipped);
    }

    /// <summary>The library face drawing <paramref name="role"/>'s Chinese text; null for the bundled one.</summary>
    internal string? FaceFor(ReportFontRole role) => faces.GetValueOrDefault(role);

    private static List<Candidate> Candidates(string folder, List<string> skipped)
    {
        var candidates = new List<Candidate>();
        var files = Directory.EnumerateFiles(folder)
            .Where(f => Path.GetExtension(f).ToUpperInvariant() is ".TTF" or ".TTC" or ".OTF" or ".OTC")
            .Order(StringComparer.OrdinalIgnoreCase);
        foreach (var path in files)
        {
            IReadOnlyList<FaceInfo> found;
            try
            {
                using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read);
                found = SfntFile.Probe(file);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException)
            {
                skipped.Add($"{Path.GetFileName(path)}: not read ({e.Message})");
                continue;
            }

            foreach (var face in found)
            {
                if (OfficeFamilies.Recognise(face.Families) is not { } kind)
                {
                    continue;
                }

                var family = Display(face.Families);
                if (!face.TrueType)
                {
                    skipped.Add($"{Path.GetFileName(path)}: {family} has PostScript (CFF) outlines, which the report cannot embed as a subset; use its TrueType (.ttf) version.");
                }
                else if (face.ForbidsEmbedding)
                {
                    skipped.Add($"{Path.GetFileName(path)}: {family}'s licence forbids embedding it in documents (OS/2 fsType: restricted).");
                }
                else
                {
                    candidates.Add(new Candidate(path, face.Index, kind.Kind, kind.Rank, family));
                }
            }
        }

        return candidates.OrderBy(c => c.Rank).ThenBy(c => c.Path, StringComparer.OrdinalIgnoreCase).ThenBy(c => c.Index).ToList();
    }

    private static FontFace? Load(Candidate candidate, FontLibrary library, Dictionary<Candidate, FontFace?> loaded, List<string> skipped)
    {
        if (loaded.TryGetValue(candidate, out var known))
        {
            return known;
        }

        try
        {
            return loaded[candidate] = library.Add(SfntFile.Face(File.ReadAllBytes(candidate.Path), candidate.Index));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException or ArgumentException or IndexOutOfRangeException)
        {
            skipped.Add($"{Path.GetFileName(candidate.Path)}: {candidate.Family} not used ({e.Message})");
            return loaded[candidate] = null;
        }
    }

    // The English name and the Chinese one, as a Chinese administrator knows the face either way: FangSong 仿宋.
    private static string Display(IReadOnlyList<string> families)
    {
        var latin = families.FirstOrDefault(f => f.All(c => c < 0x80));
        var chinese = families.FirstOrDefault(f => f.Any(c => c >= 0x2E80));
        return string.Join(' ', new[] { latin, chinese }.Where(f => f is not null).DefaultIfEmpty(families.FirstOrDefault() ?? "?"));
    }

    private sealed record Candidate(string Path, int Index, OfficeFaceKind Kind, int Rank, string Family);
}

/// <summary>The face serving one part of the report.</summary>
/// <param name="Role">The part.</param>
/// <param name="Family">The office font's family name; null when the bundled face serves.</param>
/// <param name="File">The office font's file name; null when the bundled face serves.</param>
/// <param name="Text">One line saying so, e.g. <c>正文 body: FangSong 仿宋 (simfang.ttf)</c>.</param>
public sealed record ReportFontChoice(ReportFontRole Role, string? Family, string? File, string Text)
{
    /// <inheritdoc />
    public override string ToString() => Text;
}
