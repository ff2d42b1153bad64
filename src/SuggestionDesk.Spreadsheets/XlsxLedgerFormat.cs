using System.Globalization;
using MiniExcelLibs;
using MiniExcelLibs.Attributes;
using MiniExcelLibs.OpenXml;
using SuggestionDesk.Ledger;
using SuggestionDesk.Localization;
using SuggestionDesk.Ports;

namespace SuggestionDesk.Spreadsheets;

/// <summary>
/// Ledgers as Excel workbooks (.xlsx). Reads the first worksheet, and the measures from a sheet named 办理措施 (or
/// Measures) when there is one, with a bounded reader of our own (<see cref="XlsxWorkbook"/>, each sheet within
/// <see cref="XlsxLimits"/>), with row numbers as Excel shows them; date cells become yyyy-MM-dd and numbers keep every
/// digit. Writes a worksheet 台账 whose cells are text, except dates in date columns, which are real date cells shown as
/// yyyy-MM-dd so Excel can sort and filter them, and a worksheet 办理措施 with the measures, a measure longer than a cell
/// continued on the rows under it (<see cref="PointColumns.Continued"/>).
/// </summary>
public sealed class XlsxLedgerFormat : ILedgerFormat
{
    private const string SheetName = "台账";

    /// <inheritdoc />
    public string Extension => ".xlsx";

    /// <inheritdoc />
    public LedgerTable Read(Stream stream, CancellationToken cancellationToken = default) => Read(stream, XlsxLimits.Default, cancellationToken);

    /// <inheritdoc />
    public LedgerTable ReadPoints(Stream stream, CancellationToken cancellationToken = default) => ReadPoints(stream, XlsxLimits.Default, cancellationToken);

    /// <summary>Reads the first worksheet, and the sheet of measures if any, within <paramref name="limits"/>; a workbook past one is refused naming the limit.</summary>
    public static LedgerTable Read(Stream stream, XlsxLimits limits, CancellationToken cancellationToken = default) => Reading(stream, limits, workbook =>
    {
        // Our own bounded reader (ZipArchive + XmlReader): the spreadsheet library it replaces filled every merged
        // cell and listed every row before looking at any, so a 2 KB file could take gigabytes or never finish.
        var points = workbook.Find(PointColumns.IsSheetName);
        var table = LedgerSheet(workbook, points);
        return points > 0 ? table.WithPoints(Points(workbook, points)) : table;
    }, cancellationToken);

    /// <summary>Reads the sheet of measures (办理措施 or Measures; else the first sheet) within <paramref name="limits"/>.</summary>
    public static LedgerTable ReadPoints(Stream stream, XlsxLimits limits, CancellationToken cancellationToken = default) => Reading(stream, limits, workbook =>
        Points(workbook, Math.Max(0, workbook.Find(PointColumns.IsSheetName))), cancellationToken);

    /// <summary>
    /// The ledger: the first sheet, unless its header names fewer than three ledger columns (a 说明 page or a cover
    /// before the table), then the first other sheet whose header does, the measures' sheet aside, named in its errors;
    /// when none does, the first sheet, so that its missing columns are what is reported.
    /// </summary>
    private static LedgerTable LedgerSheet(XlsxWorkbook workbook, int points)
    {
        LedgerTable? first = null;
        for (var i = 0; i < workbook.SheetNames.Count; i++)
        {
            if (i == points && i > 0)
            {
                continue;
            }

            var table = LedgerTable.FromFileRows(workbook.Read(i));
            first ??= table;
            if (table.Headers.Count(h => LedgerColumns.Find(h) is not null) >= 3)
            {
                return i == 0 ? table : table.Named(workbook.SheetNames[i]);
            }
        }

        return first ?? LedgerTable.FromFileRows(workbook.Read(0));
    }

    private static LedgerTable Points(XlsxWorkbook workbook, int index)
    {
        var name = workbook.SheetNames[index];
        try
        {
            return LedgerTable.FromFileRows(workbook.Read(index), PointColumns.Set).Named(name);
        }
        catch (InvalidDataException e)
        {
            throw new InvalidDataException(MessageText.Format(Localization.Messages.SheetInSheet, SuggestionDesk.Items.TextRules.Quote(name), e.Message), e);
        }
    }

    private static LedgerTable Reading(Stream stream, XlsxLimits limits, Func<XlsxWorkbook, LedgerTable> read, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(limits);
        try
        {
            using var workbook = new XlsxWorkbook(stream, limits, cancellationToken);
            return read(workbook);
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
        // Cells are keyed by position (c0, c1 … on the ledger, p0, p1 … on the measures), and the header is written as
        // the first row, so any header text works.
        var sheets = new Dictionary<string, object> { [SheetName] = Rows(table, "c") };
        var dynamicColumns = Columns(table, "c");
        if (table.Points is { } points)
        {
            var continued = PointColumns.Continued(points, XlsxLimits.Default.MaxCellLength);
            sheets[points.SheetName ?? PointColumns.SheetName] = Rows(continued, "p");
            dynamicColumns = [.. dynamicColumns, .. Columns(continued, "p")];
        }

        stream.SaveAs(sheets, printHeader: false, excelType: ExcelType.XLSX, configuration: new OpenXmlConfiguration { DynamicColumns = dynamicColumns });
    }

    private static IEnumerable<Dictionary<string, object?>> Rows(LedgerTable table, string prefix)
    {
        var keys = table.Headers.Select((_, i) => prefix + i.ToString(CultureInfo.InvariantCulture)).ToArray();
        Func<string?, LedgerColumn?> find = prefix == "p" ? PointColumns.Set.Find : LedgerColumns.Find;
        var columns = table.Headers.Select(find).ToArray();
        return table.Rows.Select(r => r.Cells).Prepend(table.Headers).Select((cells, index) => Row(keys, columns, cells, isHeader: index == 0));
    }

    private static DynamicExcelColumn[] Columns(LedgerTable table, string prefix)
    {
        var points = prefix == "p";
        return table.Headers.Select((header, i) =>
        {
            var column = points ? PointColumns.Set.Find(header) : LedgerColumns.Find(header);
            return new DynamicExcelColumn(prefix + i.ToString(CultureInfo.InvariantCulture))
            {
                Format = !points && column?.Kind == LedgerValueKind.Date ? "yyyy-MM-dd" : null,
                Width = points ? PointWidth(column) : Width(column),
            };
        }).ToArray();
    }

    private static Dictionary<string, object?> Row(string[] keys, LedgerColumn?[] columns, IReadOnlyList<string> cells, bool isHeader)
    {
        var row = new Dictionary<string, object?>(keys.Length, StringComparer.Ordinal);
        for (var i = 0; i < keys.Length; i++)
        {
            var text = i < cells.Count ? cells[i] ?? string.Empty : string.Empty;
            row[keys[i]] = text.Length == 0 ? null
                : isHeader ? text
                : columns[i]?.Kind == LedgerValueKind.Date && DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
                    ? date.ToDateTime(TimeOnly.MinValue)
                // A point's number as a number, so Excel neither flags it as text nor sorts 10 before 2.
                : columns[i] == PointColumns.Index && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var index) ? index
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

    private static double PointWidth(LedgerColumn? column) => column?.Name switch
    {
        nameof(PointColumns.Point) => 40,
        nameof(PointColumns.Measure) => 80,
        _ => 12,
    };
}
