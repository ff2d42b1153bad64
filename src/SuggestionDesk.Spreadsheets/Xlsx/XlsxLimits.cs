namespace SuggestionDesk.Spreadsheets;

/// <summary>
/// What reading one workbook may cost, checked while it is read so that a small file cannot make the work large: the
/// bytes of each part once unzipped, the rows, the columns that hold values, the cells, one cell's text, the shared
/// texts, and the merged areas. A ledger of a few thousand rows and about 20 columns is far inside every one of them.
/// </summary>
/// <param name="MaxPartBytes">Bytes of one part (the sheet, the shared texts …) once unzipped.</param>
/// <param name="MaxRows">The last row that may hold a value.</param>
/// <param name="MaxColumns">The last column that may hold a value (a ledger has about 20).</param>
/// <param name="MaxCells">Cells written in the sheet, empty ones included.</param>
/// <param name="MaxCellLength">Characters in one cell: Excel's own limit.</param>
/// <param name="MaxSharedTextLength">Characters of all shared texts together.</param>
/// <param name="MaxMergedAreas">Merged areas in the sheet.</param>
public sealed record XlsxLimits(
    long MaxPartBytes = 256L * 1024 * 1024,
    int MaxRows = 100_000,
    int MaxColumns = 100,
    long MaxCells = 10_000_000,
    int MaxCellLength = 32_767,
    long MaxSharedTextLength = 64L * 1024 * 1024,
    int MaxMergedAreas = 100_000)
{
    /// <summary>The limits every import uses.</summary>
    public static XlsxLimits Default { get; } = new();
}
