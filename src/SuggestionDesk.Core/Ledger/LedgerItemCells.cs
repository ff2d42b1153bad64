using SuggestionDesk.Items;

namespace SuggestionDesk.Ledger;

/// <summary>
/// An item as one ledger row, in the words and date form the import reads back to the same item: the reply
/// shown is the latest reply to the deputy (not a follow-up answer), the evaluation the latest one, and the
/// evaluation date is written so that no default applies on the way back.
/// </summary>
internal static class LedgerItemCells
{
    /// <summary>The cells of <paramref name="item"/> for <paramref name="columns"/>, in their order.</summary>
    public static string[] Of(SuggestionItem item, IReadOnlyList<LedgerColumn> columns, Language language)
    {
        var reply = item.Replies.LastOrDefault(r => r.Round != ReplyRound.FollowUp);
        var evaluation = item.LastEvaluation;
        return columns.Select(column => column.Name switch
        {
            nameof(LedgerColumns.Number) => item.Number.Value,
            nameof(LedgerColumns.Title) => item.Title,
            nameof(LedgerColumns.Kind) => LedgerTerms.Word(item.Kind, language),
            nameof(LedgerColumns.Session) => item.Session,
            nameof(LedgerColumns.Proposers) => LedgerLists.Join(item.Proposers.CoSigners.Prepend(item.Proposers.Lead)),
            nameof(LedgerColumns.Role) => LedgerTerms.Word(item.Role, language),
            nameof(LedgerColumns.LeadUnit) => item.LeadUnit ?? string.Empty,
            nameof(LedgerColumns.Department) => item.Department,
            nameof(LedgerColumns.Owner) => item.Owner,
            nameof(LedgerColumns.OwnerEmail) => item.OwnerEmail ?? string.Empty,
            nameof(LedgerColumns.AssignedOn) => LedgerDate.Format(item.AssignedOn),
            nameof(LedgerColumns.SignedOn) => LedgerDate.Format(item.SignedForOn),
            nameof(LedgerColumns.RepliedOn) => LedgerDate.Format(reply?.Date),
            nameof(LedgerColumns.ResultClass) => reply?.ResultClass?.Code ?? string.Empty,
            nameof(LedgerColumns.FollowUpDue) => LedgerDate.Format(reply?.FollowUpBy),
            nameof(LedgerColumns.Evaluation) => evaluation is null ? string.Empty : LedgerTerms.Word(evaluation.Result, language),
            nameof(LedgerColumns.EvaluatedOn) => LedgerDate.Format(evaluation?.Date),
            nameof(LedgerColumns.PublishedOn) => LedgerDate.Format(item.Disclosure?.PublishedOn),
            nameof(LedgerColumns.Topics) => LedgerLists.Join(item.Topics),
            nameof(LedgerColumns.LeadingOfficial) => item.LeadingOfficial ?? string.Empty,
            nameof(LedgerColumns.Priority) => ItemPriorityNames.Join(item.Priorities, language),
            _ => throw new ArgumentOutOfRangeException(nameof(columns), column.Name, $"Ledger column {column} has no export mapping."),
        }).ToArray();
    }
}
