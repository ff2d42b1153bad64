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
                ? "it has not been signed for. Record the sign-for first."
                : $"it is {state.Status} and nothing is being handled; progress is reported while it is signed for, re-handled or awaiting a class B follow-up.";
            throw Refuse(why);
        }

        RequireDate(date, "progress", by, (state.SignedForOn, "sign-for"));
        var note = new ProgressNote(date, Required(text, "Progress note", TextRules.LongTextMaxLength), by.Actor);
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
            throw Refuse($"it has no reply dated {document.ReplyDate:yyyy-MM-dd} to attach the document {TextRules.Quote(document.FileName)} to. Record the reply first.");
        }

        var kept = document with
        {
            Name = Required(document.Name?.Trim(), "Document name"),
            FileName = Required(document.FileName?.Trim(), "Document file name"),
        };
        Apply("AttachReplyDocument", by, state with { ReplyDocuments = [.. state.ReplyDocuments, kept] });
    }
}
