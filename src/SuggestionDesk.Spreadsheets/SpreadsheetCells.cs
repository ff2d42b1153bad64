namespace SuggestionDesk.Spreadsheets;

/// <summary>
/// The rule that keeps an exported CSV cell from running as a formula in Excel (see the CSV format's own use of it),
/// for other text a user hands to a spreadsheet, such as the list of a ledger's errors sent back to a department.
/// </summary>
public static class SpreadsheetCells
{
    /// <summary>
    /// <paramref name="value"/> as safe to open in a spreadsheet: one that starts with <c>= + - @</c>, a tab or a carriage
    /// return (after any quotes) gets a leading single quote, which Excel shows as text; any other value is unchanged.
    /// </summary>
    public static string Neutralise(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return CsvFormulas.Neutralise(value);
    }
}
