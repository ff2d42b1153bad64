using SuggestionDesk.Localization;

namespace SuggestionDesk.Items;

/// <summary>Progress notes and the reply's document: what an officer adds while handling, besides the steps.</summary>
public sealed partial class SuggestionItem
{
    /// <summary>Progress notes (办理进展), in order.</summary>
    public IReadOnlyList<ProgressNote> Progress => state.Progress;

    /// <summary>The replies' documents (答复函) kept in the document store, in order.</summary>
    public IReadOnlyList<ReplyDocument> ReplyDocuments => state.ReplyDocuments;

    /// <summary>
    /// Records a progress note on <paramref name="date"/>: while the item is being handled (signed for, re-handling, or a
    /// class B reply awaiting its follow-up), not before it is signed for nor once nothing is due.
    /// </summary>
    public void ReportProgress(DateOnly date, string text, ChangeContext by)
    {
        ArgumentNullException.ThrowIfNull(by);
        if (!(state.Status is ItemStatus.SignedFor or ItemStatus.Rehandling || state.FollowUpPending))
        {
            var why = state.Status == ItemStatus.Assigned
                ? Messages.ItemProgressNotSignedFor
                : MessageText.Format(Messages.ItemProgressNothingHandled, ItemStatusNames.Words.Shown(state.Status));
            throw Refuse(why);
        }

        RequireDate(date, Messages.EventProgress, by, (state.SignedForOn, Messages.EventSignFor));
        var note = new ProgressNote(date, Required(text, Messages.FieldProgressNote, TextRules.LongTextMaxLength), by.Actor);
        Apply("ReportProgress", by, state with { Progress = [.. state.Progress, note] });
    }

    /// <summary>
    /// Records where the document of the reply dated <paramref name="document"/>'s <see cref="ReplyDocument.ReplyDate"/>
    /// is kept; the reply must be recorded already.
    /// </summary>
    public void AttachReplyDocument(ReplyDocument document, ChangeContext by)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (!state.Replies.Any(r => r.Date == document.ReplyDate))
        {
            throw Refuse(MessageText.Format(Messages.ItemNoReplyForDocument, document.ReplyDate, TextRules.Quote(document.FileName)));
        }

        var kept = document with
        {
            Name = Required(document.Name?.Trim(), Messages.FieldDocumentName),
            FileName = Required(document.FileName?.Trim(), Messages.FieldDocumentFileName),
        };
        Apply("AttachReplyDocument", by, state with { ReplyDocuments = [.. state.ReplyDocuments, kept] });
    }
}
