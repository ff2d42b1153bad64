using System.Globalization;
using System.Text;

namespace SuggestionDesk.Spreadsheets.Tests;

/// <summary>
/// The sample year's ledger (module/examples/ledger-2021.csv) as an office really keeps it: a title merged across the
/// sheet and the unit's name above the header, a 序号 column, headers wrapped with Alt+Enter or carrying a note in
/// full-width brackets, dates as date cells, Joint rows with no 办理结果, a title and a department broken with
/// Alt+Enter, a blank row, a numbered row never filled in, and who filled it in and a note under the table.
/// </summary>
internal static class OfficeLedgers
{
    public const string Title = "2021年市人大代表建议办理工作台账";

    /// <summary>The office's headers for the sample's columns, in the sample's order.</summary>
    private static readonly Dictionary<string, string> Headers = new()
    {
        ["编号"] = "建议\n编号", ["标题"] = "建议标题", ["类别"] = "类别", ["届次"] = "届次", ["提出人"] = "领衔代表",
        ["办理类型"] = "办理\n类型", ["主办单位"] = "主办单位", ["承办部门"] = "承办处室", ["责任人"] = "责任人",
        ["责任人邮箱"] = "电子邮箱", ["交办日期"] = "交办\n日期", ["签收日期"] = "签收日期", ["答复日期"] = "答复日期（年月日）",
        ["办理结果"] = "办理结果\n（A/B/C/D）", ["评价"] = "代表评价", ["评价日期"] = "评价日期", ["公开日期"] = "公开日期", ["主题"] = "主题词",
        ["领办领导"] = "领办\n领导", ["重点类型"] = "重点类型（重点/难点/热点）",
    };

    /// <summary>The notes under the table, each a row of its own.</summary>
    public static readonly string[] Notes = ["填表人：张三", "备注：会办件的办理结果由主办单位填写。"];

    /// <summary>The rows as the office's sheet holds them, from row 1; dates as <see cref="DateTime"/> when <paramref name="dateCells"/>.</summary>
    public static List<object?[]> Rows(bool dateCells)
    {
        var sample = LedgerFiles.Read(SampleLedgers.Utf8);
        var width = sample.Headers.Count + 1;
        var rows = new List<object?[]>
        {
            Repeat(Title, 1, width),
            Repeat("填报单位：市政务服务数据管理局", 1, width),
            sample.Headers.Select(h => Headers[h]).Prepend("序号").ToArray<object?>(),
        };
        var dates = sample.Headers.Select((h, i) => (h, i)).Where(x => x.h.EndsWith("日期", StringComparison.Ordinal)).Select(x => x.i).ToHashSet();
        var index = 0;
        foreach (var row in sample.Rows)
        {
            var cells = row.Cells.Select((c, i) => Cell(c, dates.Contains(i) && dateCells)).Prepend((object)(++index).ToString(CultureInfo.InvariantCulture)).ToArray();
            if (row.Cells[0] == "20210347")
            {
                cells[2] = "关于创新智慧城市和数字政府\n建设管理体制机制的建议";   // Alt+Enter in the title
            }

            if (row.Cells[0] == "20210012")
            {
                cells[8] = "基础设施\r\n处";                                    // and in a department
            }

            rows.Add(cells);
            if (index == 12)
            {
                rows.Add(new object?[width]);                                   // a blank row in the middle
            }
        }

        rows.Add(Repeat((++index).ToString(CultureInfo.InvariantCulture), 1, width));   // numbered, never filled in
        rows.AddRange(Notes.Select(n => Repeat(n, 1, width)));
        return rows;
    }

    /// <summary>The workbook: the title and the notes merged across the sheet, as Excel does.</summary>
    public static void WriteXlsx(string path)
    {
        var rows = Rows(dateCells: true);
        ExcelWorkbook.Write(path, ("台账", rows.ToArray()));
        var last = (char)('A' + rows[2].Length - 1);
        ExcelWorkbook.Merge(path, [$"A1:{last}1", .. Enumerable.Range(rows.Count - Notes.Length + 1, Notes.Length).Select(r => $"A{r}:{last}{r}")]);
    }

    /// <summary>The same sheet saved by Excel as CSV in China: GBK, no byte order mark, dates yyyy/M/d, CRLF.</summary>
    public static void WriteGbkCsv(string path)
    {
        var lines = Rows(dateCells: false).Select(cells => string.Join(',', cells.Select(c => Quote(c as string ?? string.Empty))));
        File.WriteAllBytes(path, CodePagesEncodingProvider.Instance.GetEncoding(936)!.GetBytes(string.Join("\r\n", lines) + "\r\n"));
    }

    private static object? Cell(string text, bool asDate) =>
        text.Length == 0 ? null
        : asDate ? DateTime.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture)
        : DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date.ToString("yyyy/M/d", CultureInfo.InvariantCulture)
        : text;

    // A merged row holds its text in its first cell only, in the workbook and in the CSV Excel saves from it.
    private static object?[] Repeat(string text, int filled, int width) =>
        Enumerable.Range(0, width).Select(i => i < filled ? text : null).ToArray();

    private static string Quote(string cell) =>
        cell.IndexOfAny([',', '"', '\n', '\r']) < 0 ? cell : $"\"{cell.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";
}
