namespace SuggestionDesk.Spreadsheets;

/// <summary>
/// Keeps exported CSV cells from running as formulas when the file is opened in Excel (CSV injection): a cell
/// starting with <c>= + - @</c>, a tab or a carriage return gets a leading single quote, as OWASP recommends, which
/// Excel shows as text and hides. Reading takes that quote off again, so a ledger exported and imported comes back
/// exactly. A value that itself starts with quotes before such a character gets one more, so the two never mix.
/// </summary>
internal static class CsvFormulas
{
    private const char Quote = '\'';

    /// <summary>The cell as written to a CSV file.</summary>
    public static string Neutralise(string cell) => Triggers(cell) ? Quote + cell : cell;

    /// <summary>The value of a cell read from a CSV file.</summary>
    public static string Restore(string cell) => cell.Length > 0 && cell[0] == Quote && Triggers(cell) ? cell[1..] : cell;

    // Quotes first, then a formula character: "=1", "'=1" and "''=1" all need (one more) quote.
    private static bool Triggers(string cell)
    {
        var rest = cell.AsSpan().TrimStart(Quote);
        return rest.Length > 0 && rest[0] is '=' or '+' or '-' or '@' or '\t' or '\r';
    }
}
