using System.Buffers.Binary;

namespace SuggestionDesk.Pdf.Layout.Fonts;

/// <summary>
/// One TrueType font file as the layout needs it: which characters it has (its cmap) and how wide each one is
/// (hmtx), read once from the file's bytes. PDFsharp draws with the same bytes and the same advance widths, so
/// what the layout measures is what the page shows.
/// </summary>
internal sealed class FontFace
{
    private readonly ushort[] bmp = new ushort[0x10000];
    private readonly Dictionary<int, ushort> supplementary = [];
    private readonly ushort[] advances;
    private readonly double unitsPerEm;

    private FontFace(string name, byte[] data)
    {
        Name = name;
        Data = data;
        var tables = ReadTableDirectory(data);
        unitsPerEm = BinaryPrimitives.ReadUInt16BigEndian(Span(data, tables, "head").Slice(18, 2));
        var hhea = Span(data, tables, "hhea");
        Ascent = BinaryPrimitives.ReadInt16BigEndian(hhea.Slice(4, 2)) / unitsPerEm;
        Descent = -BinaryPrimitives.ReadInt16BigEndian(hhea.Slice(6, 2)) / unitsPerEm;
        int metrics = BinaryPrimitives.ReadUInt16BigEndian(hhea.Slice(34, 2));
        int glyphs = BinaryPrimitives.ReadUInt16BigEndian(Span(data, tables, "maxp").Slice(4, 2));
        advances = ReadAdvances(Span(data, tables, "hmtx"), metrics, Math.Max(glyphs, metrics));
        ReadCmap(Span(data, tables, "cmap"));
    }

    /// <summary>The face name PDFsharp's font resolver knows it by.</summary>
    public string Name { get; }

    /// <summary>The font file.</summary>
    public byte[] Data { get; }

    /// <summary>Height above the baseline, in em.</summary>
    public double Ascent { get; }

    /// <summary>Depth below the baseline, in em (positive).</summary>
    public double Descent { get; }

    /// <summary>Reads a TrueType (glyf-outline) font; refuses collections and CFF outlines, which PDFsharp cannot subset.</summary>
    public static FontFace Read(string name, byte[] data)
    {
        if (data.Length < 12 || BinaryPrimitives.ReadUInt32BigEndian(data) is not (0x00010000 or 0x74727565))
        {
            throw new InvalidDataException($"Font '{name}' is not a TrueType-outline font file (.ttc collections and CFF/OpenType fonts cannot be embedded as subsets).");
        }

        return new FontFace(name, data);
    }

    /// <summary>
    /// Whether the font has a glyph for <paramref name="codePoint"/> that can be drawn and read back. Characters
    /// beyond the BMP (emoji, CJK extension B) count as absent: PDFsharp 6.2.4 writes their ToUnicode entries cut
    /// to four hex digits, so 😀 would read back as ὠ. They are drawn as the missing-glyph box instead.
    /// </summary>
    public bool Has(int codePoint) => codePoint < 0x10000 && Glyph(codePoint) != 0;

    /// <summary>The advance width of <paramref name="codePoint"/>, in em (that of the missing glyph when absent).</summary>
    public double Advance(int codePoint)
    {
        int glyph = Glyph(codePoint);
        return advances[Math.Min(glyph, advances.Length - 1)] / unitsPerEm;
    }

    private ushort Glyph(int codePoint) =>
        codePoint < 0x10000 ? bmp[codePoint] : supplementary.GetValueOrDefault(codePoint);

    private static Dictionary<string, (int Offset, int Length)> ReadTableDirectory(byte[] data)
    {
        int count = BinaryPrimitives.ReadUInt16BigEndian(data.AsSpan(4, 2));
        var tables = new Dictionary<string, (int, int)>(StringComparer.Ordinal);
        for (int i = 0; i < count; i++)
        {
            var entry = data.AsSpan(12 + (16 * i), 16);
            var tag = System.Text.Encoding.ASCII.GetString(entry[..4]);
            tables[tag] = ((int)BinaryPrimitives.ReadUInt32BigEndian(entry.Slice(8, 4)), (int)BinaryPrimitives.ReadUInt32BigEndian(entry.Slice(12, 4)));
        }

        return tables;
    }

    private static ReadOnlySpan<byte> Span(byte[] data, Dictionary<string, (int Offset, int Length)> tables, string tag) =>
        tables.TryGetValue(tag, out var t)
            ? data.AsSpan(t.Offset, Math.Min(t.Length, data.Length - t.Offset))
            : throw new InvalidDataException($"The font has no '{tag}' table.");

    private static ushort[] ReadAdvances(ReadOnlySpan<byte> hmtx, int metrics, int glyphs)
    {
        var widths = new ushort[glyphs];
        for (int g = 0; g < glyphs; g++)
        {
            widths[g] = BinaryPrimitives.ReadUInt16BigEndian(hmtx.Slice(4 * Math.Min(g, metrics - 1), 2));
        }

        return widths;
    }

    private void ReadCmap(ReadOnlySpan<byte> cmap)
    {
        int count = BinaryPrimitives.ReadUInt16BigEndian(cmap.Slice(2, 2));
        int format4 = -1, format12 = -1;
        for (int i = 0; i < count; i++)
        {
            var record = cmap.Slice(4 + (8 * i), 8);
            int platform = BinaryPrimitives.ReadUInt16BigEndian(record), encoding = BinaryPrimitives.ReadUInt16BigEndian(record[2..]);
            int offset = (int)BinaryPrimitives.ReadUInt32BigEndian(record[4..]);
            int format = BinaryPrimitives.ReadUInt16BigEndian(cmap.Slice(offset, 2));
            if (format == 12 && (platform == 0 || (platform == 3 && encoding == 10)))
            {
                format12 = offset;
            }
            else if (format == 4 && (platform == 0 || (platform == 3 && encoding == 1)))
            {
                format4 = offset;
            }
        }

        if (format12 >= 0)
        {
            ReadFormat12(cmap[format12..]);
        }
        else if (format4 >= 0)
        {
            ReadFormat4(cmap[format4..]);
        }
        else
        {
            throw new InvalidDataException("The font has no Unicode character map (cmap format 4 or 12).");
        }
    }

    private void ReadFormat4(ReadOnlySpan<byte> table)
    {
        int segments = BinaryPrimitives.ReadUInt16BigEndian(table.Slice(6, 2)) / 2;
        int ends = 14, starts = ends + (2 * segments) + 2, deltas = starts + (2 * segments), ranges = deltas + (2 * segments);
        for (int s = 0; s < segments; s++)
        {
            int end = BinaryPrimitives.ReadUInt16BigEndian(table.Slice(ends + (2 * s), 2));
            int start = BinaryPrimitives.ReadUInt16BigEndian(table.Slice(starts + (2 * s), 2));
            int delta = BinaryPrimitives.ReadInt16BigEndian(table.Slice(deltas + (2 * s), 2));
            int rangeOffset = BinaryPrimitives.ReadUInt16BigEndian(table.Slice(ranges + (2 * s), 2));
            for (int c = start; c <= end && c < 0xFFFF; c++)
            {
                int glyph;
                if (rangeOffset == 0)
                {
                    glyph = (c + delta) & 0xFFFF;
                }
                else
                {
                    int at = ranges + (2 * s) + rangeOffset + (2 * (c - start));
                    glyph = at + 2 <= table.Length ? BinaryPrimitives.ReadUInt16BigEndian(table.Slice(at, 2)) : 0;
                    glyph = glyph == 0 ? 0 : (glyph + delta) & 0xFFFF;
                }

                bmp[c] = (ushort)glyph;
            }
        }
    }

    private void ReadFormat12(ReadOnlySpan<byte> table)
    {
        int groups = (int)BinaryPrimitives.ReadUInt32BigEndian(table.Slice(12, 4));
        for (int g = 0; g < groups; g++)
        {
            var group = table.Slice(16 + (12 * g), 12);
            int start = (int)BinaryPrimitives.ReadUInt32BigEndian(group);
            int end = (int)BinaryPrimitives.ReadUInt32BigEndian(group[4..]);
            int glyph = (int)BinaryPrimitives.ReadUInt32BigEndian(group[8..]);
            for (int c = start; c <= end && c <= 0x10FFFF; c++, glyph++)
            {
                if (c < 0x10000)
                {
                    bmp[c] = (ushort)glyph;
                }
                else
                {
                    supplementary[c] = (ushort)glyph;
                }
            }
        }
    }
}
