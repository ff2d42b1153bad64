namespace SuggestionDesk.Ledger;

/// <summary>
/// Lists in one cell. Proposers are separated by <c>;</c>, <c>；</c>, <c>、</c>, a comma (<c>,</c> or <c>，</c>), a slash
/// (<c>/</c> or <c>／</c>) or a line break (Alt+Enter; the lead first), never by a space: <c>John Smith</c> is one
/// person. Topics are separated the same way but for the slash. Exports join with <c>、</c>, as Chinese ledgers do.
/// </summary>
internal static class LedgerLists
{
    private static readonly char[] NameSeparators = [';', '；', '、', ',', '，', '/', '／', '\n', '\r'];
    private static readonly char[] TopicSeparators = [';', '；', '、', ',', '，', '\n', '\r'];

    /// <summary>The separator exports use.</summary>
    public const string Separator = "、";

    /// <summary>The names in a proposers cell, trimmed, blanks dropped, each as <see cref="PersonName"/> reads it, in order.</summary>
    public static IReadOnlyList<string> Names(string cell) => Split(cell, NameSeparators).Select(PersonName).ToArray();

    /// <summary>The topics in a topics cell, trimmed, blanks dropped, in order.</summary>
    public static IReadOnlyList<string> Topics(string cell) => Split(cell, TopicSeparators);

    /// <summary>Joins values for an export.</summary>
    public static string Join(IEnumerable<string> values) => string.Join(Separator, values);

    /// <summary>
    /// A person's name without the spaces Excel users pad short Chinese names with to line them up (<c>周　洁</c>,
    /// <c>李 明</c>, <c>张 小明</c> read as <c>周洁</c>, <c>李明</c>, <c>张小明</c>): the spaces go when every part between
    /// them is Chinese and the name is three characters or fewer without them, as padded names are. Anything else is
    /// left as written: <c>John Smith</c>, or <c>陈代表 刘代表</c>, which is two people, not one name to run together.
    /// </summary>
    public static string PersonName(string name)
    {
        var parts = name.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length < 2 || !parts.All(p => p.All(IsHan)))
        {
            return name.Trim();
        }

        var joined = string.Concat(parts);
        return joined.Length <= 3 ? joined : name.Trim();
    }

    private static bool IsHan(char c) => c is (>= '\u4E00' and <= '\u9FFF') or (>= '\u3400' and <= '\u4DBF') or (>= '\uF900' and <= '\uFAFF');

    private static string[] Split(string cell, char[] separators) =>
        cell.Split(separators, StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
}
