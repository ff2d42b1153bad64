using System.Buffers.Binary;
using System.Text;

namespace SuggestionDesk.Testing;

/// <summary>
/// Font files standing in for an office's own (simfang.ttf, simsun.ttc...): the repository's pinned fonts with their
/// <c>name</c> table rewritten to the family names an office font has in English and Chinese, so that the report
/// must read the names from the file to recognise them. Written without the product's font code, which they test.
/// </summary>
public static class OfficeFontFiles
{
    /// <summary>The pinned font <paramref name="bundled"/> (a file in src/SuggestionDesk.Pdf/fonts) named as <paramref name="english"/> / <paramref name="chinese"/>.</summary>
    public static byte[] Renamed(string bundled, string english, string chinese) =>
        WithName(File.ReadAllBytes(Path.Combine(Repository.Root, "src", "SuggestionDesk.Pdf", "fonts", bundled)), NameTable(english, chinese));

    /// <summary>Writes a .ttc collection of <paramref name="faces"/> (each a .ttf file's bytes).</summary>
    public static byte[] Collection(params byte[][] faces)
    {
        using var output = new MemoryStream();
        var header = new byte[12 + (4 * faces.Length)];
        Encoding.ASCII.GetBytes("ttcf", header);
        BinaryPrimitives.WriteUInt32BigEndian(header.AsSpan(4), 0x00010000);
        BinaryPrimitives.WriteUInt32BigEndian(header.AsSpan(8), (uint)faces.Length);
        output.Write(header);
        for (int i = 0; i < faces.Length; i++)
        {
            // Each face's tables are placed after its own directory; the directory's offsets become file offsets.
            var at = (uint)output.Position;
            BinaryPrimitives.WriteUInt32BigEndian(header.AsSpan(12 + (4 * i)), at);
            var face = (byte[])faces[i].Clone();
            int count = BinaryPrimitives.ReadUInt16BigEndian(face.AsSpan(4, 2));
            for (int t = 0; t < count; t++)
            {
                var offset = face.AsSpan(12 + (16 * t) + 8, 4);
                BinaryPrimitives.WriteUInt32BigEndian(offset, BinaryPrimitives.ReadUInt32BigEndian(offset) + at);
            }

            output.Write(face);
            while (output.Position % 4 != 0)
            {
                output.WriteByte(0);
            }
        }

        var file = output.ToArray();
        header.CopyTo(file, 0);
        return file;
    }

    /// <summary>A font file of only a <c>name</c> table (and an OS/2 table with <paramref name="fsType"/>) with outlines of <paramref name="version"/> (e.g. <c>OTTO</c>, CFF).</summary>
    public static byte[] Shell(uint version, string english, string chinese, ushort fsType = 0)
    {
        var os2 = new byte[78];
        BinaryPrimitives.WriteUInt16BigEndian(os2.AsSpan(8), fsType);
        return Write(version, [("OS/2", os2), ("name", NameTable(english, chinese))]);
    }

    /// <summary>A <c>name</c> table: family (1), subfamily (2), full name (4) and PostScript name (6), in en-US and zh-CN.</summary>
    public static byte[] NameTable(string english, string chinese)
    {
        var postScript = new string(english.Where(char.IsAsciiLetterOrDigit).ToArray());
        var records = new List<(ushort Language, ushort Id, string Text)>
        {
            (0x0409, 1, english), (0x0409, 2, "Regular"), (0x0409, 4, english), (0x0409, 6, postScript),
            (0x0804, 1, chinese), (0x0804, 2, "Regular"), (0x0804, 4, chinese),
        };
        var strings = new MemoryStream();
        var table = new byte[6 + (12 * records.Count)];
        BinaryPrimitives.WriteUInt16BigEndian(table.AsSpan(2), (ushort)records.Count);
        BinaryPrimitives.WriteUInt16BigEndian(table.AsSpan(4), (ushort)table.Length);
        for (int i = 0; i < records.Count; i++)
        {
            var (language, id, text) = records[i];
            var bytes = Encoding.BigEndianUnicode.GetBytes(text);
            var record = table.AsSpan(6 + (12 * i));
            BinaryPrimitives.WriteUInt16BigEndian(record, 3);
            BinaryPrimitives.WriteUInt16BigEndian(record[2..], 1);
            BinaryPrimitives.WriteUInt16BigEndian(record[4..], language);
            BinaryPrimitives.WriteUInt16BigEndian(record[6..], id);
            BinaryPrimitives.WriteUInt16BigEndian(record[8..], (ushort)bytes.Length);
            BinaryPrimitives.WriteUInt16BigEndian(record[10..], (ushort)strings.Length);
            strings.Write(bytes);
        }

        return [.. table, .. strings.ToArray()];
    }

    private static byte[] WithName(byte[] font, byte[] name)
    {
        int count = BinaryPrimitives.ReadUInt16BigEndian(font.AsSpan(4, 2));
        var tables = new List<(string, byte[])>();
        for (int t = 0; t < count; t++)
        {
            var entry = font.AsSpan(12 + (16 * t), 16);
            var tag = Encoding.ASCII.GetString(entry[..4]);
            int offset = (int)BinaryPrimitives.ReadUInt32BigEndian(entry[8..]), length = (int)BinaryPrimitives.ReadUInt32BigEndian(entry[12..]);
            tables.Add((tag, tag == "name" ? name : font.AsSpan(offset, length).ToArray()));
        }

        return Write(BinaryPrimitives.ReadUInt32BigEndian(font), tables);
    }

    private static byte[] Write(uint version, List<(string Tag, byte[] Data)> tables)
    {
        tables.Sort((a, b) => string.CompareOrdinal(a.Tag, b.Tag));
        using var output = new MemoryStream();
        var directory = new byte[12 + (16 * tables.Count)];
        BinaryPrimitives.WriteUInt32BigEndian(directory, version);
        BinaryPrimitives.WriteUInt16BigEndian(directory.AsSpan(4), (ushort)tables.Count);
        output.Write(directory);
        for (int t = 0; t < tables.Count; t++)
        {
            var entry = directory.AsSpan(12 + (16 * t));
            Encoding.ASCII.GetBytes(tables[t].Tag, entry);
            BinaryPrimitives.WriteUInt32BigEndian(entry[8..], (uint)output.Position);
            BinaryPrimitives.WriteUInt32BigEndian(entry[12..], (uint)tables[t].Data.Length);
            output.Write(tables[t].Data);
            while (output.Position % 4 != 0)
            {
                output.WriteByte(0);
            }
        }

        var file = output.ToArray();
        directory.CopyTo(file, 0);
        return file;
    }
}
