using System.Buffers.Binary;
using System.Text;

namespace SuggestionDesk.Pdf.Layout.Fonts;

/// <summary>
/// The parts of a TrueType/OpenType file (sfnt) the office's own fonts are read by: the faces of a file (one, or
/// each of a <c>.ttc</c> collection, cut out as a file of its own, which PDFsharp can embed), their family names from
/// the <c>name</c> table in every language, their outlines (TrueType or CFF) and whether their licence allows
/// embedding (OS/2 <c>fsType</c>).
/// </summary>
internal static class SfntFile
{
    private const uint TrueTypeVersion = 0x00010000, TrueTag = 0x74727565, CffTag = 0x4F54544F, CollectionTag = 0x74746366;

    /// <summary>
    /// The faces of the font file <paramref name="file"/> (one, or each of a collection), read from their table
    /// directories, <c>name</c> and <c>OS/2</c> tables alone, so a folder of large fonts is looked through quickly.
    /// </summary>
    /// <exception cref="InvalidDataException">Not a font file, or a damaged one.</exception>
    public static IReadOnlyList<FaceInfo> Probe(Stream file)
    {
        var header = ReadAt(file, 0, 12);
        var tag = BinaryPrimitives.ReadUInt32BigEndian(header);
        if (tag is TrueTypeVersion or TrueTag or CffTag)
        {
            return [ProbeFace(file, 0, 0)];
        }

        if (tag != CollectionTag)
        {
            throw new InvalidDataException("The file is not a TrueType or OpenType font (.ttf, .ttc, .otf).");
        }

        int count = (int)BinaryPrimitives.ReadUInt32BigEndian(header.AsSpan(8, 4));
        if (count is < 1 or > 256)
        {
            throw new InvalidDataException("The font collection's header is damaged.");
        }

        var offsets = ReadAt(file, 12, 4 * count);
        return Enumerable.Range(0, count).Select(i => ProbeFace(file, i, BinaryPrimitives.ReadUInt32BigEndian(offsets.AsSpan(4 * i, 4)))).ToArray();
    }

    /// <summary>Face <paramref name="index"/> of the font file <paramref name="data"/> as a file of its own (a collection's face is cut out).</summary>
    public static byte[] Face(byte[] data, int index)
    {
        if (data.Length < 12 || BinaryPrimitives.ReadUInt32BigEndian(data) != CollectionTag)
        {
            return data;
        }

        int offset = (int)BinaryPrimitives.ReadUInt32BigEndian(data.AsSpan(12 + (4 * index), 4));
        if (offset < 0 || offset + 4 > data.Length)
        {
            throw new InvalidDataException("The font collection's header is damaged.");
        }

        return Write(BinaryPrimitives.ReadUInt32BigEndian(data.AsSpan(offset, 4)), Tables(data, offset));
    }

    /// <summary>The tables of the face whose table directory starts at <paramref name="offset"/>, by tag, in file order.</summary>
    public static IReadOnlyList<(string Tag, byte[] Data)> Tables(byte[] data, int offset = 0)
    {
        if (offset < 0 || offset + 12 > data.Length)
        {
            throw new InvalidDataException("The font's table directory lies outside the file.");
        }

        int count = BinaryPrimitives.ReadUInt16BigEndian(data.AsSpan(offset + 4, 2));
        if (offset + 12 + (16 * count) > data.Length)
        {
            throw new InvalidDataException("The font's table directory is damaged.");
        }

        var tables = new List<(string, byte[])>(count);
        for (int i = 0; i < count; i++)
        {
            var entry = data.AsSpan(offset + 12 + (16 * i), 16);
            var at = BinaryPrimitives.ReadUInt32BigEndian(entry.Slice(8, 4));
            var length = BinaryPrimitives.ReadUInt32BigEndian(entry.Slice(12, 4));
            if (at + (long)length > data.Length)
            {
                throw new InvalidDataException($"The font's '{Encoding.ASCII.GetString(entry[..4])}' table lies outside the file.");
            }

            tables.Add((Encoding.ASCII.GetString(entry[..4]), data.AsSpan((int)at, (int)length).ToArray()));
        }

        return tables;
    }

    /// <summary>A font file of <paramref name="tables"/> with the outline version <paramref name="version"/>, tables 4-byte aligned.</summary>
    public static byte[] Write(uint version, IReadOnlyList<(string Tag, byte[] Data)> tables)
    {
        int count = tables.Count;
        int log2 = (int)Math.Floor(Math.Log2(Math.Max(count, 1)));
        int searchRange = (1 << log2) * 16;
        int size = 12 + (16 * count) + tables.Sum(t => (t.Data.Length + 3) & ~3);
        var file = new byte[size];
        BinaryPrimitives.WriteUInt32BigEndian(file, version);
        BinaryPrimitives.WriteUInt16BigEndian(file.AsSpan(4), (ushort)count);
        BinaryPrimitives.WriteUInt16BigEndian(file.AsSpan(6), (ushort)searchRange);
        BinaryPrimitives.WriteUInt16BigEndian(file.AsSpan(8), (ushort)log2);
        BinaryPrimitives.WriteUInt16BigEndian(file.AsSpan(10), (ushort)((count * 16) - searchRange));
        int at = 12 + (16 * count);
        // The directory is sorted by tag, as the format asks; the tables follow in the same order.
        var sorted = tables.OrderBy(t => t.Tag, StringComparer.Ordinal).ToArray();
        for (int i = 0; i < sorted.Length; i++)
        {
            var (tag, table) = sorted[i];
            var entry = file.AsSpan(12 + (16 * i), 16);
            Encoding.ASCII.GetBytes(tag.PadRight(4).AsSpan(0, 4), entry);
            BinaryPrimitives.WriteUInt32BigEndian(entry[4..], Checksum(table));
            BinaryPrimitives.WriteUInt32BigEndian(entry[8..], (uint)at);
            BinaryPrimitives.WriteUInt32BigEndian(entry[12..], (uint)table.Length);
            table.CopyTo(file, at);
            at += (table.Length + 3) & ~3;
        }

        return file;
    }

    /// <summary>The family names in every language a <c>name</c> table has (IDs 16 and 1: 仿宋 and FangSong), then its full names (ID 4), without repeats.</summary>
    public static IReadOnlyList<string> FamilyNames(byte[] name)
    {
        if (name is not { Length: >= 6 })
        {
            return [];
        }

        int count = BinaryPrimitives.ReadUInt16BigEndian(name.AsSpan(2, 2));
        int strings = BinaryPrimitives.ReadUInt16BigEndian(name.AsSpan(4, 2));
        var found = new List<(int Rank, string Text)>();
        for (int i = 0; i < count && 6 + (12 * (i + 1)) <= name.Length; i++)
        {
            var record = name.AsSpan(6 + (12 * i), 12);
            int platform = BinaryPrimitives.ReadUInt16BigEndian(record), encoding = BinaryPrimitives.ReadUInt16BigEndian(record[2..]);
            int id = BinaryPrimitives.ReadUInt16BigEndian(record[6..]);
            int length = BinaryPrimitives.ReadUInt16BigEndian(record[8..]), offset = BinaryPrimitives.ReadUInt16BigEndian(record[10..]);
            int rank = id switch { 16 => 0, 1 => 1, 4 => 2, _ => -1 };
            if (rank < 0 || strings + offset + length > name.Length)
            {
                continue;
            }

            if (Decode(platform, encoding, name.AsSpan(strings + offset, length)) is { Length: > 0 } text)
            {
                found.Add((rank, text.Trim('\0', ' ')));
            }
        }

        return found.OrderBy(f => f.Rank).Select(f => f.Text).Where(t => t.Length > 0).Distinct(StringComparer.Ordinal).ToArray();
    }

    private static FaceInfo ProbeFace(Stream file, int index, long offset)
    {
        var head = ReadAt(file, offset, 12);
        var version = BinaryPrimitives.ReadUInt32BigEndian(head);
        int count = BinaryPrimitives.ReadUInt16BigEndian(head.AsSpan(4, 2));
        var directory = ReadAt(file, offset + 12, 16 * count);
        byte[]? name = null, os2 = null;
        for (int i = 0; i < count; i++)
        {
            var entry = directory.AsSpan(16 * i, 16);
            var tag = Encoding.ASCII.GetString(entry[..4]);
            if (tag is "name" or "OS/2")
            {
                var table = ReadAt(file, BinaryPrimitives.ReadUInt32BigEndian(entry.Slice(8, 4)), (int)Math.Min(BinaryPrimitives.ReadUInt32BigEndian(entry.Slice(12, 4)), 1 << 20));
                if (tag == "name")
                {
                    name = table;
                }
                else
                {
                    os2 = table;
                }
            }
        }

        // fsType bit 1 alone: restricted licence embedding; bits 2 and 3 (preview and print, editable) allow it.
        bool restricted = os2 is { Length: >= 10 } && (BinaryPrimitives.ReadUInt16BigEndian(os2.AsSpan(8, 2)) & 0x000F) == 0x0002;
        return new FaceInfo(index, version is TrueTypeVersion or TrueTag, restricted, FamilyNames(name ?? []));
    }

    private static byte[] ReadAt(Stream file, long offset, int length)
    {
        if (offset < 0 || length < 0 || offset + length > file.Length)
        {
            throw new InvalidDataException("The font file is damaged: a table lies outside it.");
        }

        var bytes = new byte[length];
        file.Position = offset;
        file.ReadExactly(bytes);
        return bytes;
    }

    private static string? Decode(int platform, int encoding, ReadOnlySpan<byte> bytes)
    {
        try
        {
            return (platform, encoding) switch
            {
                (0, _) or (3, 0) or (3, 1) or (3, 10) => Encoding.BigEndianUnicode.GetString(bytes),
                // Older Chinese fonts (仿宋_GB2312) store the names as GB2312 codes in 16-bit units.
                (3, 3) => Gb2312(WithoutZeroBytes(bytes)),
                (1, 0) => Encoding.Latin1.GetString(bytes),
                (1, 25) => Gb2312(bytes.ToArray()),
                _ => null,
            };
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    private static byte[] WithoutZeroBytes(ReadOnlySpan<byte> bytes)
    {
        var kept = new List<byte>(bytes.Length);
        foreach (var b in bytes)
        {
            if (b != 0)
            {
                kept.Add(b);
            }
        }

        return [.. kept];
    }

    private static string Gb2312(byte[] bytes)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(936).GetString(bytes);
    }

    private static uint Checksum(byte[] table)
    {
        uint sum = 0;
        for (int i = 0; i < table.Length; i += 4)
        {
            uint word = 0;
            for (int j = 0; j < 4; j++)
            {
                word = (word << 8) | (i + j < table.Length ? table[i + j] : (byte)0);
            }

            sum = unchecked(sum + word);
        }

        return sum;
    }
}

/// <summary>One face of a font file, as <see cref="SfntFile.Probe"/> finds it.</summary>
/// <param name="Index">Its index in a collection; 0 in a single-face file.</param>
/// <param name="TrueType">Whether it has TrueType outlines, which PDFsharp embeds (CFF ones it cannot).</param>
/// <param name="ForbidsEmbedding">Whether its licence forbids embedding it (OS/2 fsType restricted).</param>
/// <param name="Families">Its family names, every language.</param>
internal sealed record FaceInfo(int Index, bool TrueType, bool ForbidsEmbedding, IReadOnlyList<string> Families);
