using System.Text.RegularExpressions;
using SuggestionDesk.Localization;

namespace SuggestionDesk.Ledger;

/// <summary>
/// Rows of a ledger that hold no item: a title above the header, and notes under (or between) the items such as
/// <c>填表人：张三</c>, <c>备注：……</c>, <c>合计 24 件</c>, a totals row (<c>合计</c> under 序号 and <c>5件</c> under
/// 编号, every other cell blank or a count) or a sentence merged across the row. Each is reported once, as a warning
/// that quotes it, instead of as a row whose every column is wrong.
/// </summary>
internal static partial class LedgerNotes
{
    /// <summary>
    /// Whether <paramref name="row"/> is a note: every text in it starts like one (填表人：, 审核人：, 备注：, 合计 …),
    /// it is a totals row, or it holds a single text that fills a merged row (three cells or more alike) or follows
    /// the last item.
    /// </summary>
    public static bool IsNote(LedgerRow row, bool afterLastItem)
    {
        var texts = Texts(row);
        if (texts.Length == 0)
        {
            return false;
        }

        if (texts.All(t => NoteStart().IsMatch(t)) || IsTotals(texts))
        {
            return true;
        }

        return texts.Length == 1 && (afterLastItem || row.Cells.Count(c => !string.IsNullOrWhiteSpace(c)) >= 3);
    }

    /// <summary>
    /// The rows of <paramref name="table"/> that may hold data: not blank (a row count alone is blank) and not notes; each
    /// note is warned about here.
    /// </summary>
    public static LedgerRow[] DataRows(LedgerTable table, LedgerHeaderMap map, List<LedgerWarning> warnings)
    {
        var rows = table.Rows.Where(r => !map.WithoutRowCount(r).IsBlank).ToArray();
        var lastItem = Array.FindLastIndex(rows, r => MayBeItem(map.WithoutRowCount(r)));
        var data = new List<LedgerRow>(rows.Length);
        for (var i = 0; i < rows.Length; i++)
        {
            if (IsNote(map.WithoutRowCount(rows[i]), afterLastItem: i > lastItem))
            {
                warnings.Add(Note(rows[i]));
            }
            else
            {
                data.Add(rows[i]);
            }
        }

        return [.. data];
    }

    /// <summary>Whether <paramref name="row"/> could be an item: it holds two different texts or more, and is no totals row.</summary>
    public static bool MayBeItem(LedgerRow row) => Texts(row) is { Length: >= 2 } texts && !IsTotals(texts);

    /// <summary>
    /// Whether the texts are a totals row's: a totals word (合计, 总计, 共计, 小计; perhaps with a colon and a count) and
    /// otherwise only counts (5, 5件, 共5件, 80%). A title that merely holds 合计 sits beside other texts, so its row is
    /// no totals row.
    /// </summary>
    private static bool IsTotals(string[] texts)
    {
        var normalized = texts.Select(t => t.Normalize(System.Text.NormalizationForm.FormKC)).ToArray();
        return normalized.Any(t => TotalsWord().IsMatch(t)) && normalized.All(t => TotalsWord().IsMatch(t) || Count().IsMatch(t));
    }

    /// <summary>The row's text for a message, quoted and cut to a readable length.</summary>
    public static string Quote(LedgerRow row) => Items.TextRules.Quote(string.Join(" ", Texts(row)));

    /// <summary>The warning for a row above the header.</summary>
    public static LedgerWarning Title(LedgerRow row, int headerRow) =>
        new(row.Number, string.Empty, MessageText.Format(Messages.LedgerTitleRow, Quote(row), headerRow));

    /// <summary>The warning for a note row.</summary>
    public static LedgerWarning Note(LedgerRow row) =>
        new(row.Number, string.Empty, MessageText.Format(Messages.LedgerNoteRow, Quote(row)));

    private static string[] Texts(LedgerRow row) =>
        row.Cells.Select(c => (c ?? string.Empty).Trim()).Where(c => c.Length > 0).Distinct(StringComparer.Ordinal).ToArray();

    // Words that open the lines offices write under a table: who filled it in, who checked it, notes, totals.
    [GeneratedRegex(@"^(?:(?:填表人|填报人|填表单位|填报单位|填表日期|填报日期|填表时间|制表人|制表单位|制表日期|制表|审核人|审核|复核人|签发人|负责人|分管领导|联系人|联系电话|经办人|备注|说明|注|附注|附件)\s*[:：]|(?:合计|总计|小计|共计))", RegexOptions.CultureInvariant)]
    private static partial Regex NoteStart();

    [GeneratedRegex(@"^(?:合计|总计|共计|小计)\s*[:：]?\s*(?:共?\s*[0-9]+\s*(?:件|条|项|个)?)?$", RegexOptions.CultureInvariant)]
    private static partial Regex TotalsWord();

    [GeneratedRegex(@"^(?:共\s*)?[0-9]+(?:\.[0-9]+)?\s*(?:件|条|项|个|%)?$", RegexOptions.CultureInvariant)]
    private static partial Regex Count();
}
