namespace SuggestionDesk.Ledger;

/// <summary>
/// Lists in one cell. Proposers are separated by <c>;</c>, <c>；</c>, <c>、</c> or a line break (Alt+Enter; the
/// lead first); topics also by commas. Exports join with <c>、</c>, as Chinese ledgers do.
/// </summary>
internal static class LedgerLists
{
    private static readonly char[] NameSeparators = [';', '；', '、', '\n', '\r'];
    private static readonly char[] TopicSeparators = [';', '；', '、', ',', '，', '\n', '\r'];

    /// <summary>The separator exports use.</summary>
    public const string Separator = "、";

    /// <summary>The names in a proposers cell, trimmed, blanks dropped, in order.</summary>
    public static IReadOnlyList<string> Names(string cell) => Split(cell, NameSeparators);

    /// <summary>The topics in a topics cell, trimmed, blanks dropped, in order.</summary>
    public static IReadOnlyList<string> Topics(string cell) => Split(cell, TopicSeparators);

    /// <summary>Joins values for an export.</summary>
    public static string Join(IEnumerable<string> values) => string.Join(Separator, values);

    private static string[] Split(string cell, char[] separators) =>
        cell.Split(separators, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
}
