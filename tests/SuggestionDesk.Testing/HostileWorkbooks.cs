using System.IO.Compression;
using System.Text;

namespace SuggestionDesk.Testing;

/// <summary>
/// Writes small workbooks that try to make reading large or endless: the parts are written by hand into a zip, so
/// each file is exactly as hostile as its test needs, and nothing large is kept in the repository.
/// </summary>
public static class HostileWorkbooks
{
    private const string Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private const string Header = "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>编号</t></is></c><c r=\"B1\" t=\"inlineStr\"><is><t>标题</t></is></c></row>";

    /// <summary>A workbook whose sheet holds <paramref name="sheetData"/> (rows) followed by <paramref name="afterData"/> (merges).</summary>
    public static void Write(string path, string sheetData, string afterData = "") =>
        Write(path, writer =>
        {
            writer.Write($"<worksheet xmlns=\"{Main}\"><sheetData>{Header}");
            writer.Write(sheetData);
            writer.Write($"</sheetData>{afterData}</worksheet>");
        });

    /// <summary>A workbook whose sheetData is written by <paramref name="rows"/> straight into the zip, with no header row.</summary>
    public static void WriteRows(string path, Action<TextWriter> rows) =>
        Write(path, writer =>
        {
            writer.Write($"<worksheet xmlns=\"{Main}\"><sheetData>");
            rows(writer);
            writer.Write("</sheetData></worksheet>");
        });

    /// <summary>Writes <paramref name="chunk"/> <paramref name="times"/> times: megabytes of sheet from a few KB of test.</summary>
    public static void Repeat(TextWriter writer, string chunk, int times)
    {
        for (var i = 0; i < times; i++)
        {
            writer.Write(chunk);
        }
    }

    /// <summary>A workbook whose sheet is written by <paramref name="sheet"/> straight into the zip, as large as it likes.</summary>
    public static void Write(string path, Action<TextWriter> sheet)
    {
        using var zip = ZipFile.Open(path, ZipArchiveMode.Create);
        Part(zip, "[Content_Types].xml", "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>");
        Part(zip, "xl/workbook.xml",
            $"<workbook xmlns=\"{Main}\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets><sheet name=\"台账\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
        Part(zip, "xl/_rels/workbook.xml.rels",
            "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/></Relationships>");
        var entry = zip.CreateEntry("xl/worksheets/sheet1.xml", CompressionLevel.Fastest);
        using var writer = new StreamWriter(entry.Open(), new UTF8Encoding(false), 1 << 16);
        sheet(writer);
    }

    /// <summary>A row with one inline text in column A.</summary>
    public static string Row(int row, string text) => $"<row r=\"{row}\"><c r=\"A{row}\" t=\"inlineStr\"><is><t>{text}</t></is></c></row>";

    private static void Part(ZipArchive zip, string name, string xml)
    {
        using var writer = new StreamWriter(zip.CreateEntry(name).Open(), new UTF8Encoding(false));
        writer.Write(xml);
    }
}
