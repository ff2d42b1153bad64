using SuggestionDesk.Items;

namespace SuggestionDesk.Ledger;

/// <summary>What a ledger cell holds, which decides how it is read and written.</summary>
public enum LedgerValueKind
{
    /// <summary>Free text.</summary>
    Text,

    /// <summary>A calendar date, written yyyy-MM-dd.</summary>
    Date,

    /// <summary>A list of names or topics separated by ; ； or 、.</summary>
    List,

    /// <summary>One of a fixed set of words (kind, role, result class, evaluation).</summary>
    Choice,
}

/// <summary>
/// One column of the ledger (台账): its canonical English name, the Chinese header offices use, other
/// headers that mean the same, and whether a row must fill it.
/// </summary>
/// <param name="Name">The canonical English name, e.g. <c>AssignedOn</c>; the English export header.</param>
/// <param name="ChineseName">The Chinese header, e.g. 交办日期; the Chinese export header.</param>
/// <param name="Kind">What the cell holds.</param>
/// <param name="IsRequired">Whether the file must have the column and every row must fill it.</param>
/// <param name="Aliases">Other headers read as this column, e.g. 交办时间.</param>
public sealed record LedgerColumn(string Name, string ChineseName, LedgerValueKind Kind, bool IsRequired, IReadOnlyList<string> Aliases)
{
    /// <summary>The header in the language asked for.</summary>
    public string Header(Language headers) => headers == Language.Chinese ? ChineseName : Name;

    /// <summary>The column's name in the language of the current UI culture (交办日期 or AssignedOn), for messages.</summary>
    public string Shown => Header(Localization.MessageText.Current);

    /// <summary>Both names, for messages: <c>交办日期 (AssignedOn)</c>.</summary>
    public override string ToString() => $"{ChineseName} ({Name})";
}
