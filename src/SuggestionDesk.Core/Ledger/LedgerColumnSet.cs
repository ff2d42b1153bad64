namespace SuggestionDesk.Ledger;

/// <summary>
/// The columns of one kind of sheet (the ledger's items, <see cref="LedgerColumns"/>; the measures, <see cref="PointColumns"/>)
/// and the headers that name them. A header is matched by a column's English name, its Chinese header or an alias,
/// ignoring case, spaces, line breaks, underscores, dashes, a trailing required-mark (*) and full-width forms; a
/// bilingual header such as <c>Number 编号</c> or <c>编号(Number)</c> matches too, and so does one with a note in
/// brackets, such as <c>办理结果（A/B/C/D）</c> or <c>答复日期【必填】</c>.
/// </summary>
public sealed partial class LedgerColumnSet
{
    private readonly Dictionary<string, LedgerColumn> byKey;
    private readonly Func<string> columnWord;
    private readonly Func<string> columnsWord;
    private readonly Func<string> tableWord;

    /// <summary>
    /// A set of <paramref name="columns"/> (in export order); messages call one of them <paramref name="columnWord"/>
    /// (e.g. "ledger column"), several <paramref name="columnsWord"/> and a table of them <paramref name="tableWord"/>
    /// (e.g. "ledger"), each read in the current UI culture when a message is made.
    /// </summary>
    public LedgerColumnSet(Func<string> columnWord, Func<string> columnsWord, Func<string> tableWord, IReadOnlyList<LedgerColumn> columns)
    {
        this.columnWord = columnWord ?? throw new ArgumentNullException(nameof(columnWord));
        this.columnsWord = columnsWord ?? throw new ArgumentNullException(nameof(columnsWord));
        this.tableWord = tableWord ?? throw new ArgumentNullException(nameof(tableWord));
        All = columns ?? throw new ArgumentNullException(nameof(columns));
        byKey = new Dictionary<string, LedgerColumn>(StringComparer.Ordinal);
        foreach (var column in columns)
        {
            foreach (var name in column.Aliases.Prepend(column.ChineseName).Prepend(column.Name))
            {
                if (!byKey.TryAdd(Key(name), column))
                {
                    throw new InvalidOperationException($"Header '{name}' names two columns of a set; aliases must be unique.");
                }
            }
        }
    }

    /// <summary>What messages call one of the columns, e.g. "ledger column" (台账列).</summary>
    public string ColumnWord => columnWord();

    /// <summary>What messages call several of them, at the start of a sentence, e.g. "Ledger columns".</summary>
    public string ColumnsWord => columnsWord();

    /// <summary>What messages call a table of these columns, e.g. "ledger" (台账).</summary>
    public string TableWord => tableWord();

    /// <summary>The columns, in export order.</summary>
    public IReadOnlyList<LedgerColumn> All { get; }

    /// <summary>The column a header names, or null when it names none.</summary>
    public LedgerColumn? Find(string? header)
    {
        var key = Key(header);
        if (key.Length == 0)
        {
            return null;
        }

        if (byKey.TryGetValue(key, out var column))
        {
            return column;
        }

        // A bilingual header: every part must name the same column ("Number 编号", "编号（Number）").
        var parts = (header ?? string.Empty).Split([' ', '\u3000', '(', ')', '（', '）', '/', '|', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length >= 2 && parts.Select(p => byKey.GetValueOrDefault(Key(p))).Distinct().ToArray() is [{ } only])
        {
            return only;
        }

        // A note in brackets after the name: 办理结果（A/B/C/D）, 交办日期(年月日).
        var written = header!.Normalize(System.Text.NormalizationForm.FormKC);
        var bare = Bracketed().Replace(written, string.Empty);
        return bare != written ? byKey.GetValueOrDefault(Key(bare)) : null;
    }

    /// <summary>Both names of every column, for messages: <c>编号 (Number), 序号 (Index) …</c>.</summary>
    public override string ToString() => string.Join(", ", All.Select(c => c.ToString()));

    [System.Text.RegularExpressions.GeneratedRegex(@"[(\[【〔<《].*?[)\]】〕>》]", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex Bracketed();

    // Headers typed by hand vary in case, spacing, full-width characters and a trailing required-mark (*).
    internal static string Key(string? header) =>
        new string((header ?? string.Empty).Normalize(System.Text.NormalizationForm.FormKC)
            .Where(c => !char.IsWhiteSpace(c) && c is not '_' and not '-' and not '*')
            .Select(char.ToLowerInvariant)
            .ToArray());
}
