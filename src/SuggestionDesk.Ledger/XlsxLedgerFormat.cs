using System.Globalization;
using MiniExcelLibs;
using MiniExcelLibs.Attributes;
using MiniExcelLibs.OpenXml;
using SuggestionDesk.Ledger;
using SuggestionDesk.Ports;

namespace SuggestionDesk.Ledger.Files;

/// <summary>
/// Ledgers as Excel workbooks (.xlsx). Reads the first worksheet, with row numbers as Excel shows them;
/// date cells become yyyy-MM-dd and numbers keep every digit. Writes one worksheet 台账 whose cells are text,
/// except dates in date columns, which are real date cells shown as yyyy-MM-dd so Excel can sort and filter them.
/// </summary>
public sealed class XlsxLedgerFormat : ILedgerFormat
{
    private const string SheetName = "台账";

    /// <inheritdoc />
    public string Extension => ".xlsx";

    /// <inheritdoc />
    public LedgerTable Read(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        try
        {
            // MiniExcel yields every row from row 1 (empty ones included) keyed by column letter, from the first sheet.
            // A merged cell (a department spanning its items' rows) holds its value for every row it covers.
            var rows = stream.Query(useHeaderRow: false, sheetName: null, excelType: ExcelType.XLSX, configuration: new OpenXmlConfiguration { FillMergedCells = true })
                .Cast<IDictionary<string, object?>>()
                .Select(row => (IReadOnlyList<string>)row.Values.Select(XlsxCellText.Of).ToArray())
                .ToList();
            return LedgerTable.FromFileRows(rows);
        }
        catch (Exception e) when (e is InvalidDataException or System.Xml.XmlException or InvalidOperationException or NotSupportedException or IOException)
        {
            throw new InvalidDataException(
                $"The file is not an Excel workbook that can be read ({e.Message}). Open it in Excel and save it as \"Excel 工作簿 (*.xlsx)\".", e);
        }
    }

    /// <inheritdoc />
    public void Write(Stream stream, LedgerTable table)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(table);
        // Cells are keyed by position, and the header is written as the first row, so any header text works.
        var keys = table.Headers.Select((_, i) => $"c{i}").ToArray();
        var columns = table.Headers.Select(LedgerColumns.Find).ToArray();
        var rows = table.Rows.Select(r => r.Cells).Prepend(table.Headers)
            .Select((cells, index) => Row(keys, columns, cells, isHeader: index == 0));
        var configuration = new OpenXmlConfiguration
        {
            DynamicColumns = keys.Select((key, i) => new DynamicExcelColumn(key)
            {
                Format = columns[i]?.Kind == LedgerValueKind.Date ? "yyyy-MM-dd" : null,
                Width = Width(columns[i]),
            }).ToArray(),
        };
        stream.SaveAs(rows, printHeader: false, sheetName: SheetName, excelType: ExcelType.XLSX, configuration: configuration);
    }

    private static Dictionary<string, object?> Row(string[] keys, LedgerColumn?[] columns, IReadOnlyList<string> cells, bool isHeader)
    {
        var row = new Dictionary<string, object?>(keys.Length, StringComparer.Ordinal);
        for (var i = 0; i < keys.Length; i++)
        {
            var text = i < cells.Count ? cells[i] ?? string.Empty : string.Empty;
            row[keys[i]] = text.Length == 0 ? null
                : !isHeader && columns[i]?.Kind == LedgerValueKind.Date && DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
                    ? date.ToDateTime(TimeOnly.MinValue)
                    : text;
        }

        return row;
    }

    private static double Width(LedgerColumn? column) => column?.Name switch
    {
        nameof(LedgerColumns.Title) => 48,
        nameof(LedgerColumns.Session) or nameof(LedgerColumns.Proposers) or nameof(LedgerColumns.OwnerEmail) or nameof(LedgerColumns.Topics) => 24,
        nameof(LedgerColumns.LeadUnit) or nameof(LedgerColumns.Department) => 16,
        _ => 12,
    };
}
