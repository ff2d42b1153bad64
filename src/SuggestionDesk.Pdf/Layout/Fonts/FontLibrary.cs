using System.Collections.Concurrent;
using System.Security.Cryptography;
using PdfSharp.Fonts;

namespace SuggestionDesk.Pdf.Layout.Fonts;

/// <summary>
/// The fonts that travel with the product, read from the <c>fonts/</c> folder beside this assembly (or the
/// folder <c>SUGGESTIONDESK_FONTS</c> names), and PDFsharp's font resolver over them. A fresh Linux host or an
/// Azure Functions worker has no CJK font, so nothing is taken from the system. The office's own fonts, from a
/// folder it names (<see cref="ReportFonts"/>), are added beside them under names of their own (<see cref="Add"/>).
/// </summary>
internal sealed class FontLibrary : IFontResolver
{
    /// <summary>The files the library needs, by face name; the build copies them with their licences from the repository's
    /// <c>src/SuggestionDesk.Pdf/fonts</c>.</summary>
    public static readonly IReadOnlyDictionary<string, string> Files = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [FaceNames.Song] = "gbsn00lp.ttf",
        [FaceNames.Hei] = "DroidSansFallbackFull.ttf",
        [FaceNames.Serif] = "DejaVuSerif.ttf",
        [FaceNames.SerifBold] = "DejaVuSerif-Bold.ttf",
        [FaceNames.Sans] = "DejaVuSans.ttf",
        [FaceNames.SansBold] = "DejaVuSans-Bold.ttf",
    };

    private static readonly Lazy<FontLibrary> SharedLibrary = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);
    private readonly ConcurrentDictionary<string, FontFace> faces;
    private readonly IFontResolver? previous;

    private FontLibrary(ConcurrentDictionary<string, FontFace> faces, IFontResolver? previous)
    {
        this.faces = faces;
        this.previous = previous;
    }

    /// <summary>The library, loaded once per process and registered with PDFsharp.</summary>
    public static FontLibrary Shared => SharedLibrary.Value;

    /// <summary>The folder the fonts are read from.</summary>
    public static string Folder =>
        Environment.GetEnvironmentVariable("SUGGESTIONDESK_FONTS") is { Length: > 0 } configured
            ? configured
            : Path.Combine(Path.GetDirectoryName(typeof(FontLibrary).Assembly.Location) ?? AppContext.BaseDirectory, "fonts");

    /// <summary>The face named <paramref name="name"/> (one of <see cref="FaceNames"/>).</summary>
    public FontFace this[string name] => faces[name];

    /// <summary>
    /// Adds a TrueType face read from elsewhere (an office's font), named by its content, so the same file is one face
    /// however often it is added, and PDFsharp, which keeps faces by name for the process, never mixes two up.
    /// </summary>
    /// <exception cref="InvalidDataException">Not a TrueType-outline font PDFsharp can embed.</exception>
    public FontFace Add(byte[] data)
    {
        ArgumentNullException.ThrowIfNull(data);
        var name = "SuggestionDesk Office " + Convert.ToHexString(SHA256.HashData(data).AsSpan(0, 12));
        return faces.TryGetValue(name, out var known) ? known : faces.GetOrAdd(name, FontFace.Read(name, data));
    }

    /// <inheritdoc />
    public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic)
    {
        if (!faces.ContainsKey(familyName))
        {
            return previous?.ResolveTypeface(familyName, bold, italic);
        }

        // Every face is used as it is: bold text has faces of its own, and nothing is emboldened or slanted by PDFsharp.
        return new FontResolverInfo(familyName);
    }

    /// <inheritdoc />
    public byte[]? GetFont(string faceName) =>
        faces.TryGetValue(faceName, out var face) ? face.Data : previous?.GetFont(faceName);

    private static FontLibrary Load()
    {
        var folder = Folder;
        var faces = new ConcurrentDictionary<string, FontFace>(StringComparer.Ordinal);
        foreach (var (name, file) in Files)
        {
            var path = Path.Combine(folder, file);
            if (!File.Exists(path))
            {
                throw new FileNotFoundException(
                    $"The report font '{file}' is missing from {folder}. The build copies the report's fonts there with their licences: build or install SuggestionDesk again (the copy is incomplete), or set SUGGESTIONDESK_FONTS to a folder holding them.",
                    path);
            }

            faces[name] = FontFace.Read(name, File.ReadAllBytes(path));
        }

        var library = new FontLibrary(faces, GlobalFontSettings.FontResolver);
        GlobalFontSettings.FontResolver = library;
        return library;
    }
}
