using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace SuggestionDesk.Spreadsheets.Tests;

/// <summary>A date cell shown in Chinese (yyyy"年"m"月"d"日"), a custom number format as Chinese Excel offers it.</summary>
internal sealed record ChineseDate(DateTime Date);

/// <summary>
/// Writes workbooks as Excel does, with the Open XML SDK: text in the shared strings table, numbers as numeric
/// cells, dates as serial numbers styled with the built-in short date (numFmtId 14) or a custom Chinese format.
/// A null row leaves that row out of the sheet entirely, as Excel does for empty rows.
/// </summary>
internal static class ExcelWorkbook
{
    private const uint ShortDateStyle = 1;
    private const uint ChineseDateStyle = 2;

    public static void Write(string path, params (string Name, object?[]?[] Rows)[] sheets)
    {
        using var document = SpreadsheetDocument.Create(path, SpreadsheetDocumentType.Workbook);
        var workbook = document.AddWorkbookPart();
        workbook.Workbook = new Workbook();
        AddStyles(workbook);
        var strings = workbook.AddNewPart<SharedStringTablePart>();
        strings.SharedStringTable = new SharedStringTable();
        var list = workbook.Workbook.AppendChild(new Sheets());
        uint sheetId = 1;
        foreach (var (name, rows) in sheets)
        {
            var part = workbook.AddNewPart<WorksheetPart>();
            var data = new SheetData();
            for (var r = 0; r < rows.Length; r++)
            {
                if (rows[r] is { } cells)
                {
                    data.Append(Row((uint)r + 1, cells, strings.SharedStringTable));
                }
            }

            part.Worksheet = new Worksheet(data);
            list.Append(new Sheet { Id = workbook.GetIdOfPart(part), SheetId = sheetId++, Name = name });
        }
    }

    /// <summary>Merges cell ranges (e.g. <c>A1:S1</c>) of the first worksheet of a workbook written by <see cref="Write"/>.</summary>
    public static void Merge(string path, params string[] references)
    {
        using var document = SpreadsheetDocument.Open(path, isEditable: true);
        var worksheet = document.WorkbookPart!.WorksheetParts.First().Worksheet;
        worksheet.InsertAfter(new MergeCells(references.Select(r => new MergeCell { Reference = r })), worksheet.GetFirstChild<SheetData>());
        worksheet.Save();
    }

    private static Row Row(uint index, object?[] cells, SharedStringTable strings)
    {
        var row = new Row { RowIndex = index };
        for (var c = 0; c < cells.Length; c++)
        {
            var reference = $"{(char)('A' + c)}{index}";
            var cell = cells[c] switch
            {
                null => null,
                string text => new Cell { CellReference = reference, DataType = CellValues.SharedString, CellValue = new CellValue(Share(strings, text)) },
                DateTime date => Number(reference, date.ToOADate(), ShortDateStyle),
                ChineseDate date => Number(reference, date.Date.ToOADate(), ChineseDateStyle),
                IConvertible number => Number(reference, number.ToDouble(CultureInfo.InvariantCulture), style: null),
                var other => throw new ArgumentException($"No cell for {other.GetType()}."),
            };
            if (cell is not null)
            {
                row.Append(cell);
            }
        }

        return row;
    }

    private static Cell Number(string reference, double value, uint? style) => new()
    {
        CellReference = reference,
        CellValue = new CellValue(value.ToString("R", CultureInfo.InvariantCulture)),
        StyleIndex = style is null ? null : UInt32Value.FromUInt32(style.Value),
    };

    private static int Share(SharedStringTable strings, string text)
    {
        strings.Append(new SharedStringItem(new Text(text) { Space = SpaceProcessingModeValues.Preserve }));
        return strings.Elements<SharedStringItem>().Count() - 1;
    }

    /// <summary>Styles: 0 general, 1 the built-in short date, 2 a Chinese date.</summary>
    public static void AddStyles(WorkbookPart workbook)
    {
        var styles = workbook.AddNewPart<WorkbookStylesPart>();
        styles.Stylesheet = new Stylesheet(
            new NumberingFormats(new NumberingFormat { NumberFormatId = 176, FormatCode = "yyyy\"年\"m\"月\"d\"日\"" }) { Count = 1 },
            new Fonts(new Font()) { Count = 1 },
            new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })) { Count = 2 },
            new Borders(new Border()) { Count = 1 },
            new CellStyleFormats(new CellFormat()) { Count = 1 },
            new CellFormats(
                new CellFormat(),
                new CellFormat { NumberFormatId = 14, ApplyNumberFormat = true },
                new CellFormat { NumberFormatId = 176, ApplyNumberFormat = true }) { Count = 3 });
    }
}
