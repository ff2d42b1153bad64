using SuggestionDesk.Items;
using SuggestionDesk.Localization;

namespace SuggestionDesk.Ledger;

/// <summary>
/// The life events a row carries (sign-for, reply, evaluation, publication), recorded on the item in that
/// order through its own methods. An event the item has not recorded yet is recorded; one it has recorded
/// must match the row: an import never changes or removes a recorded event.
/// </summary>
internal sealed class LedgerEvents(LedgerEntry entry, SuggestionItem item, ChangeContext by, LedgerSteps steps)
{
    /// <summary>Records what is missing; false (with the error added) at the first refusal or contradiction.</summary>
    public bool Apply(ICollection<LedgerWarning> warnings) =>
        SignFor(warnings) && Reply(warnings) && Evaluate(warnings) && Publish(warnings);

    private bool SignFor(ICollection<LedgerWarning> warnings)
    {
        var column = LedgerColumns.SignedOn;
        var recorded = item.SignedForOn;
        if (entry.SignedOn is not { } date)
        {
            KeptWarning(warnings, column, Messages.EventSignFor, recorded);
            return true;
        }

        return recorded switch
        {
            null => steps.Run(column, () => item.SignFor(date, by)),
            { } same when same == date => true,
            { } other => steps.Fail(column, Contradiction(Messages.EventSignFor, other)),
        };
    }

    private bool Reply(ICollection<LedgerWarning> warnings)
    {
        // The ledger shows the reply to the deputy (or the Joint opinion); follow-up answers are not its columns.
        var recorded = item.Replies.LastOrDefault(r => r.Round != ReplyRound.FollowUp);
        if (entry.RepliedOn is not { } date)
        {
            if (entry.ResultClass is not null)
            {
                return steps.Fail(LedgerColumns.ResultClass,
                    MessageText.Format(Messages.LedgerClassNeedsReply, entry.HeaderOf(LedgerColumns.RepliedOn)));
            }

            KeptWarning(warnings, LedgerColumns.RepliedOn, Messages.EventReply, recorded?.Date);
            return true;
        }

        if (recorded is null)
        {
            // Whether the row's role needs a class was checked with the row itself (LedgerRowParser), so the row
            // gets the same verdict on an empty store as on one that already holds its reply.
            return steps.Run(LedgerColumns.RepliedOn, () => item.Reply(date, entry.ResultClass, text: null, by, entry.FollowUpDue));
        }

        if (recorded.Date != date)
        {
            return steps.Fail(LedgerColumns.RepliedOn, Contradiction(Messages.EventReply, recorded.Date));
        }

        return ReplyClass(warnings, recorded) && FollowUpDue(warnings, recorded);
    }

    private bool FollowUpDue(ICollection<LedgerWarning> warnings, Reply recorded)
    {
        var column = LedgerColumns.FollowUpDue;
        var on = recorded.Date;
        return (entry.FollowUpDue, recorded.FollowUpBy) switch
        {
            (null, { } kept) when entry.Has(column) => Warn(warnings, column,
                MessageText.Format(Messages.LedgerKeptFollowUp, on, item.Number, kept)),
            ({ } given, null) => steps.Fail(column,
                MessageText.Format(Messages.LedgerFollowUpNotRecorded, on, given)),
            ({ } given, { } kept) when given != kept => steps.Fail(column,
                MessageText.Format(Messages.LedgerFollowUpRecorded, kept, on)),
            _ => true,
        };
    }

    private bool ReplyClass(ICollection<LedgerWarning> warnings, Reply recorded)
    {
        var column = LedgerColumns.ResultClass;
        var on = recorded.Date;
        return (entry.ResultClass, recorded.ResultClass) switch
        {
            (null, null) => true,
            (null, { } kept) => Warn(warnings, column,
                MessageText.Format(Messages.LedgerKeptClass, on, item.Number, kept.Code)),
            ({ } given, null) => steps.Fail(column,
                MessageText.Format(Messages.LedgerClassNotRecorded, on, given.Code)),
            ({ } given, { } kept) when !string.Equals(given.Code, kept.Code, StringComparison.OrdinalIgnoreCase) => steps.Fail(column,
                MessageText.Format(Messages.LedgerClassRecorded, kept.Code, on)),
            _ => true,
        };
    }

    private bool Warn(ICollection<LedgerWarning> warnings, LedgerColumn column, string message)
    {
        warnings.Add(entry.Warning(column, message));
        return true;
    }

    private bool Evaluate(ICollection<LedgerWarning> warnings)
    {
        var recorded = item.LastEvaluation;
        if (entry.Evaluation is not { } result)
        {
            if (entry.EvaluatedOn is not null)
            {
                return steps.Fail(LedgerColumns.EvaluatedOn,
                    MessageText.Format(Messages.LedgerEvaluationNeeded, entry.HeaderOf(LedgerColumns.Evaluation), LedgerTerms.EvaluationWords));
            }

            KeptWarning(warnings, LedgerColumns.Evaluation, Messages.EventEvaluation, recorded?.Date);
            return true;
        }

        if (recorded is null)
        {
            // A ledger without an evaluation date (column missing or cell empty) dates the evaluation on the reply.
            // Without any reply the date does not matter: the item refuses the evaluation for that reason first.
            var date = entry.EvaluatedOn ?? entry.RepliedOn ?? item.LastReply?.Date ?? by.Today;
            var column = entry.EvaluatedOn is null ? LedgerColumns.Evaluation : LedgerColumns.EvaluatedOn;
            return steps.Run(column, () => item.Evaluate(date, result, comment: null, by));
        }

        if (recorded.Result != result)
        {
            return steps.Fail(LedgerColumns.Evaluation,
                MessageText.Format(Messages.LedgerEvaluationRecorded, LedgerTerms.Word(recorded.Result, Language.Chinese), recorded.Result, recorded.Date));
        }

        return entry.EvaluatedOn is not { } on || on == recorded.Date || steps.Fail(LedgerColumns.EvaluatedOn, Contradiction(Messages.EventEvaluation, recorded.Date));
    }

    private bool Publish(ICollection<LedgerWarning> warnings)
    {
        var column = LedgerColumns.PublishedOn;
        var disclosure = item.Disclosure;
        if (entry.PublishedOn is not { } date)
        {
            KeptWarning(warnings, column, Messages.EventPublication, disclosure?.PublishedOn);
            return true;
        }

        if (disclosure is null)
        {
            return steps.Run(column, () =>
            {
                item.DecideDisclosure(DisclosureDecision.Publish, date, reason: null, by);
                item.RecordPublication(date, by);
            });
        }

        if (disclosure.PublishedOn is { } published)
        {
            return published == date || steps.Fail(column, Contradiction(Messages.EventPublication, published));
        }

        return disclosure.Decision == DisclosureDecision.Withhold
            ? steps.Fail(column,
                MessageText.Format(Messages.LedgerPublicationWithheld, disclosure.DecidedOn, Items.TextRules.Shorten(disclosure.Reason)))
            : steps.Run(column, () => item.RecordPublication(date, by));
    }

    private void KeptWarning(ICollection<LedgerWarning> warnings, LedgerColumn column, string what, DateOnly? recorded)
    {
        if (recorded is { } date && entry.Has(column))
        {
            warnings.Add(entry.Warning(column, MessageText.Format(Messages.LedgerKeptEvent, what, date, item.Number)));
        }
    }

    private static string Contradiction(string what, DateOnly recorded) =>
        MessageText.Format(Messages.LedgerContradiction, recorded, what);
}
