using System.Globalization;
using MiniExcelLibs;
using MiniExcelLibs.Attributes;
using MiniExcelLibs.OpenXml;
using SuggestionDesk.Ledger;
using SuggestionDesk.Ports;

namespace SuggestionDesk.Spreadsheets;

/// <summary>
/// Ledgers as Excel workbooks (.xlsx). Reads the first worksheet with a bounded reader of our own
/// (<see cref="XlsxSheet"/>, within <see cref="XlsxLimits"/>), with row numbers as Excel shows them;
/// date cells become yyyy-MM-dd and numbers keep every digit. Writes one worksheet 台账 whose cells are text,
/// except dates in date columns, which are real date cells shown as yyyy-MM-dd so Excel can sort and filter them.
/// </summary>
public sealed class XlsxLedgerFormat : ILedgerFormat
{
    private const string SheetName = "台账";

    /// <inheritdoc />
    public string Extension => ".xlsx";

    /// <inheritdoc />
    public LedgerTable Read(Stream stream, CancellationToken cancellationToken = default) => Read(stream, XlsxLimits.Default, cancellationToken);

    /// <summary>Reads the first worksheet within <paramref name="limits"/>; a workbook past one is refused naming the limit.</summary>
    public static LedgerTable Read(Stream stream, XlsxLimits limits, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(limits);
        try
        {
            // Our own bounded reader (ZipArchive + XmlReader): the spreadsheet library it replaces filled every merged
            // cell and listed every row before looking at any, so a 2 KB file could take gigabytes or never finish.
            using var package = XlsxPackage.Open(stream, limits, cancellationToken);
            return LedgerTable.FromFileRows(new XlsxSheet(package, limits, cancellationToken).Read());
        }
        catch (Exception e) when (e is System.Xml.XmlException or InvalidOperationException or NotSupportedException or IOException)
        {
            throw new InvalidDataException(XlsxPackage.NotAWorkbook(e.Message), e);
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
