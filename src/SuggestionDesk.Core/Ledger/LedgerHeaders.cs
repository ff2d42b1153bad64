namespace SuggestionDesk.Ledger;

/// <summary>The language of the header row an export writes; imports read either.</summary>
public enum LedgerHeaders
{
    /// <summary>Canonical English names: <c>Number</c>, <c>Title</c>, <c>AssignedOn</c> ...</summary>
    English,

    /// <summary>Chinese headers as offices write them: 编号, 标题, 交办日期 ...</summary>
    Chinese,
}
