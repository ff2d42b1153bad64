using SuggestionDesk.Items;
using SuggestionDesk.Localization;

namespace SuggestionDesk.Ledger;

/// <summary>
/// Reads one row's cells into a <see cref="LedgerEntry"/>, checking each value on its own: dates, words,
/// the e-mail, text lengths, and that a reply to the deputy has its class (whatever the store holds, so a row
/// gets the same verdict on every import). Every bad cell of the row is reported, not only the first. A line
/// break in a one-line cell is folded (<see cref="LedgerLineBreaks"/>) with a warning; in a list it separates
/// names. Rules that need the item (a reply before the assignment, an evaluation on a Joint item) are the
/// domain's, checked later.
/// </summary>
internal sealed class LedgerRowParser(LedgerHeaderMap map, ResultClassScheme scheme)
{
    /// <summary>The entry, or null with the row's errors added to <paramref name="errors"/>.</summary>
    public LedgerEntry? Parse(LedgerRow row, ICollection<LedgerError> errors, ICollection<LedgerWarning> warnings)
    {
        var before = errors.Count;
        var cells = new Cells(map, row, errors, warnings);

        var number = cells.Read(LedgerColumns.Number, raw: true, text =>
        {
            if (text.Length == 0)
            {
                return Fail<SuggestionNumber>(Messages.LedgerNumberMissing);
            }

            try
            {
                return (SuggestionNumber.Parse(text), null);
            }
            catch (ArgumentException e)
            {
                return Fail<SuggestionNumber>(e.Message);
            }
        });
        var title = cells.Text(LedgerColumns.Title, required: true);
        var kind = cells.Read(LedgerColumns.Kind, raw: false, text =>
            text.Length == 0 ? (ItemKind.Suggestion, null)
            : LedgerTerms.TryKind(text, out var k) ? (k, null) : Fail<ItemKind>(LedgerTerms.KindExpected));
        var session = cells.Text(LedgerColumns.Session, required: true);
        var proposers = cells.Read(LedgerColumns.Proposers, raw: false, ReadProposers);
        var beforeRole = errors.Count;
        var role = cells.Read(LedgerColumns.Role, raw: false, text =>
            LedgerTerms.TryRole(text, out var r) ? (r, null) : Fail<HandlingRole>(LedgerTerms.RoleExpected));
        var roleRead = errors.Count == beforeRole;
        var leadUnit = cells.Text(LedgerColumns.LeadUnit, required: false);
        var department = cells.Text(LedgerColumns.Department, required: true);
        var owner = PersonName(cells.Text(LedgerColumns.Owner, required: true));
        var email = cells.Read(LedgerColumns.OwnerEmail, raw: false, text =>
            text.Length == 0 || EmailRule.IsValid(text) ? (text, null) : Fail<string>(Messages.LedgerEmailExpected));
        var assigned = cells.Date(LedgerColumns.AssignedOn, required: true);
        var signed = cells.Date(LedgerColumns.SignedOn, required: false);
        var replied = cells.Date(LedgerColumns.RepliedOn, required: false);
        var resultClass = cells.Read(LedgerColumns.ResultClass, raw: false, text =>
            text.Length == 0 ? (null, null)
            : scheme.TryParse(text, out var found)
                ? (found, null)
                : Fail<ResultClass?>(MessageText.Format(Messages.LedgerResultClassExpected, string.Join(", ", scheme.Classes))));
        var followUpDue = cells.Date(LedgerColumns.FollowUpDue, required: false);
        var evaluation = cells.Read(LedgerColumns.Evaluation, raw: false, text =>
            text.Length == 0 ? (null, null)
            : LedgerTerms.TryEvaluation(text, out var e) ? (e, null) : Fail<EvaluationResult?>(LedgerTerms.EvaluationExpected));
        var evaluated = cells.Date(LedgerColumns.EvaluatedOn, required: false);
        var published = cells.Date(LedgerColumns.PublishedOn, required: false);
        var topics = cells.Read(LedgerColumns.Topics, raw: false, ReadTopics);
        var leadingOfficial = PersonName(cells.Text(LedgerColumns.LeadingOfficial, required: false));
        var priorities = cells.Read(LedgerColumns.Priority, raw: false, ReadPriorities);

        if (replied is { } on && resultClass is null && map.ValueOf(row, LedgerColumns.ResultClass).Length == 0 && roleRead && role.NeedsResultClass())
        {
            errors.Add(cells.Error(LedgerColumns.ResultClass, string.Empty,
                MessageText.Format(Messages.LedgerResultClassMissing, on, role.ClassRule(), map.HeaderOf(LedgerColumns.ResultClass))));
        }

        if (followUpDue is { } promised && FollowUpProblem(promised, replied, resultClass, roleRead ? role : null) is { } problem)
        {
            errors.Add(cells.Error(LedgerColumns.FollowUpDue, map.ValueOf(row, LedgerColumns.FollowUpDue), problem));
        }

        if (errors.Count > before)
        {
            return null;
        }

        return new LedgerEntry(row, map)
        {
            Number = number!,
            Title = title!,
            Kind = map.Has(LedgerColumns.Kind) ? kind : null,
            Session = session!,
            Proposers = proposers!,
            Role = role,
            LeadUnit = map.Has(LedgerColumns.LeadUnit) ? leadUnit ?? string.Empty : null,
            Department = department!,
            Owner = owner!,
            OwnerEmail = map.Has(LedgerColumns.OwnerEmail) ? email : null,
            AssignedOn = assigned!.Value,
            SignedOn = signed,
            RepliedOn = replied,
            ResultClass = resultClass,
            FollowUpDue = followUpDue,
            Evaluation = evaluation,
            EvaluatedOn = evaluated,
            PublishedOn = published,
            Topics = map.Has(LedgerColumns.Topics) ? topics : null,
            LeadingOfficial = map.Has(LedgerColumns.LeadingOfficial) ? leadingOfficial ?? string.Empty : null,
            Priorities = map.Has(LedgerColumns.Priority) ? priorities : null,
        };
    }

    /// <summary>
    /// Why a promised follow-up date does not fit the row, checked on the row itself (as the item would refuse it) so a
    /// row gets the same verdict whatever the store holds; null when it fits.
    /// </summary>
    private string? FollowUpProblem(DateOnly promised, DateOnly? replied, ResultClass? resultClass, HandlingRole? role)
    {
        if (replied is not { } on)
        {
            return MessageText.Format(Messages.LedgerFollowUpNeedsReply, map.HeaderOf(LedgerColumns.RepliedOn));
        }

        if (role is { } r && !r.IsEvaluated())
        {
            return Messages.LedgerFollowUpJoint;
        }

        if (resultClass is { RequiresFollowUp: false } other)
        {
            return MessageText.Format(Messages.LedgerFollowUpNotClassB, other.Code);
        }

        return promised < on
            ? MessageText.Format(Messages.LedgerFollowUpBeforeReply, on)
            : null;
    }

    private static string? PersonName(string? name) => name is null ? null : LedgerLists.PersonName(name);

    private static (Proposers?, string?) ReadProposers(string text)
    {
        var names = LedgerLists.Names(text);
        if (names.Count == 0)
        {
            return Fail<Proposers?>(Messages.LedgerProposersExpected);
        }

        try
        {
            return (new Proposers(names[0], names.Skip(1)), null);
        }
        catch (ArgumentException e)
        {
            return Fail<Proposers?>(e.Message);
        }
    }

    private static (IReadOnlyList<string>?, string?) ReadTopics(string text)
    {
        var topics = LedgerLists.Topics(text);
        try
        {
            foreach (var topic in topics)
            {
                TextRules.Optional(topic, Messages.FieldTopic);
            }

            return (topics, null);
        }
        catch (ArgumentException e)
        {
            return Fail<IReadOnlyList<string>?>(e.Message);
        }
    }

    private static (IReadOnlyList<ItemPriority>?, string?) ReadPriorities(string text) =>
        ItemPriorityNames.TryReadList(text, out var priorities, out var unknown)
            ? (priorities, null)
            : Fail<IReadOnlyList<ItemPriority>?>(MessageText.Format(Messages.LedgerPriorityUnknown, LedgerTerms.PriorityExpected, TextRules.Quote(unknown!)));

    private static (T?, string?) Fail<T>(string expected) => (default, expected);

    /// <summary>Reads cells of one row, adding an error for each bad one.</summary>
    private sealed class Cells(LedgerHeaderMap map, LedgerRow row, ICollection<LedgerError> errors, ICollection<LedgerWarning> warnings)
    {
        public T? Read<T>(LedgerColumn column, bool raw, Func<string, (T? Value, string? Expected)> read)
        {
            if (!map.Has(column))
            {
                return default;
            }

            var text = raw ? map.RawValueOf(row, column) : map.ValueOf(row, column);
            if (!raw && column.Kind != LedgerValueKind.List && LedgerLineBreaks.Has(text))
            {
                text = LedgerLineBreaks.Fold(text);
                warnings.Add(new LedgerWarning(row.Number, map.HeaderOf(column), LedgerLineBreaks.Warning(text)));
            }

            var (value, expected) = read(text);
            if (expected is not null)
            {
                errors.Add(Error(column, text, expected));
            }

            return value;
        }

        /// <summary>An error on <paramref name="column"/> of this row, with the row's number when it gives one.</summary>
        public LedgerError Error(LedgerColumn column, string value, string expected) =>
            new(row.Number, map.HeaderOf(column), value, expected) { Number = map.NumberOf(row) };

        public string? Text(LedgerColumn column, bool required) => Read(column, raw: false, text =>
        {
            try
            {
                return required
                    ? (TextRules.Required(text, column.Shown), null)
                    : (TextRules.Optional(text, column.Shown) ?? string.Empty, null);
            }
            catch (ArgumentException e)
            {
                return Fail<string>(required && text.Length == 0 ? MessageText.Format(Messages.LedgerValueRequired, column) : e.Message);
            }
        });

        public DateOnly? Date(LedgerColumn column, bool required) => Read<DateOnly?>(column, raw: false, text =>
        {
            if (text.Length == 0)
            {
                return required ? Fail<DateOnly?>(MessageText.Format(Messages.LedgerDateRequired, LedgerDate.Formats, column)) : (null, null);
            }

            return LedgerDate.TryParse(text, out var date, out var expected) ? (date, null) : Fail<DateOnly?>(expected);
        });
    }
}
