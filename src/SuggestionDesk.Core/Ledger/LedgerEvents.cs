using SuggestionDesk.Items;

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
            KeptWarning(warnings, column, "sign-for", recorded);
            return true;
        }

        return recorded switch
        {
            null => steps.Run(column, () => item.SignFor(date, by)),
            { } same when same == date => true,
            { } other => steps.Fail(column, Contradiction("sign-for", other)),
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
                    $"a reply date in {entry.HeaderOf(LedgerColumns.RepliedOn)} as well: a result class belongs to a reply. Add the reply date or clear the result class.");
            }

            KeptWarning(warnings, LedgerColumns.RepliedOn, "reply", recorded?.Date);
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
            return steps.Fail(LedgerColumns.RepliedOn, Contradiction("reply", recorded.Date));
        }

        return ReplyClass(warnings, recorded) && FollowUpDue(warnings, recorded);
    }

    private bool FollowUpDue(ICollection<LedgerWarning> warnings, Reply recorded)
    {
        var column = LedgerColumns.FollowUpDue;
        var on = LedgerDate.Format(recorded.Date);
        return (entry.FollowUpDue, recorded.FollowUpBy) switch
        {
            (null, { } kept) when entry.Has(column) => Warn(warnings, column,
                $"empty, but the reply on {on} is recorded for '{item.Number}' with the follow-up date {LedgerDate.Format(kept)}; it stays recorded (an import never removes a recorded event)."),
            ({ } given, null) => steps.Fail(column,
                $"no follow-up date: the reply on {on} is recorded without one (so the deadline policy's default applies), and an import never rewrites a recorded reply. Clear {LedgerDate.Format(given)} from the cell."),
            ({ } given, { } kept) when given != kept => steps.Fail(column,
                $"{LedgerDate.Format(kept)}, the follow-up date recorded with the reply on {on}. An import never rewrites a recorded reply; put {LedgerDate.Format(kept)} back in the ledger."),
            _ => true,
        };
    }

    private bool ReplyClass(ICollection<LedgerWarning> warnings, Reply recorded)
    {
        var column = LedgerColumns.ResultClass;
        var on = LedgerDate.Format(recorded.Date);
        return (entry.ResultClass, recorded.ResultClass) switch
        {
            (null, null) => true,
            (null, { } kept) => Warn(warnings, column,
                $"empty, but the opinion on {on} is recorded for '{item.Number}' with class {kept.Code}; it stays recorded (an import never removes a recorded event)."),
            ({ } given, null) => steps.Fail(column,
                $"no class: the opinion on {on} is recorded without one (a Joint opinion's class belongs to the lead unit's reply), and an import never rewrites a recorded reply. Clear {given.Code} from the cell."),
            ({ } given, { } kept) when !string.Equals(given.Code, kept.Code, StringComparison.OrdinalIgnoreCase) => steps.Fail(column,
                $"{kept.Code}, the class recorded for the reply on {on}. An import never rewrites a recorded reply (a further answer is recorded as a follow-up); put {kept.Code} back in the ledger."),
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
                    $"an evaluation in {entry.HeaderOf(LedgerColumns.Evaluation)} for this date ({LedgerTerms.EvaluationExpected}), or an empty date.");
            }

            KeptWarning(warnings, LedgerColumns.Evaluation, "evaluation", recorded?.Date);
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
                $"{LedgerTerms.Word(recorded.Result, Language.Chinese)} ({recorded.Result}), the evaluation recorded on {LedgerDate.Format(recorded.Date)}. An import never rewrites a recorded evaluation (a new one follows a new reply); put the recorded one back in the ledger.");
        }

        return entry.EvaluatedOn is not { } on || on == recorded.Date || steps.Fail(LedgerColumns.EvaluatedOn, Contradiction("evaluation", recorded.Date));
    }

    private bool Publish(ICollection<LedgerWarning> warnings)
    {
        var column = LedgerColumns.PublishedOn;
        var disclosure = item.Disclosure;
        if (entry.PublishedOn is not { } date)
        {
            KeptWarning(warnings, column, "publication", disclosure?.PublishedOn);
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
            return published == date || steps.Fail(column, Contradiction("publication", published));
        }

        return disclosure.Decision == DisclosureDecision.Withhold
            ? steps.Fail(column,
                $"no publication date: on {LedgerDate.Format(disclosure.DecidedOn)} it was decided not to publish the reply ({Items.TextRules.Shorten(disclosure.Reason)}). Decide to publish it first, or clear the date.")
            : steps.Run(column, () => item.RecordPublication(date, by));
    }

    private void KeptWarning(ICollection<LedgerWarning> warnings, LedgerColumn column, string what, DateOnly? recorded)
    {
        if (recorded is { } date && entry.Has(column))
        {
            warnings.Add(entry.Warning(column,
                $"empty, but the {what} on {LedgerDate.Format(date)} is recorded for '{item.Number}'; it stays recorded (an import never removes a recorded event)."));
        }
    }

    private static string Contradiction(string what, DateOnly recorded) =>
        $"{LedgerDate.Format(recorded)}, the {what} date recorded for this item. An import never rewrites a recorded event; put {LedgerDate.Format(recorded)} back in the ledger.";
}
