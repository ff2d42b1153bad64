using SuggestionDesk.Items;

namespace SuggestionDesk.Calendar;

/// <summary>One configured rule: a clock's length, for a kind and/or role or for all.</summary>
/// <param name="Clock">The clock.</param>
/// <param name="Rule">Its length.</param>
/// <param name="Kind">Only for this kind; null for every kind.</param>
/// <param name="Role">Only for this role; null for every role.</param>
public sealed record PolicyEntry(DeadlineClock Clock, DeadlineRule Rule, ItemKind? Kind = null, HandlingRole? Role = null);

/// <summary>
/// How long each clock runs, configurable per kind and per role. The most specific entry wins: kind and
/// role, then kind, then role, then the clock's general entry. Immutable; <see cref="With"/> makes a changed copy.
/// </summary>
public sealed class DeadlinePolicy
{
    private DeadlinePolicy(IReadOnlyList<PolicyEntry> entries, DeadlineRule extensionLimit)
    {
        Entries = entries;
        ExtensionLimit = extensionLimit;
    }

    /// <summary>
    /// The defaults of docs/domain.md: sign for 3 working days; return 5 working days; reply 3 months; Joint opinion
    /// 1 month; reply after an unsatisfied evaluation 1 month; publish 20 working days after the reply;
    /// proposals as suggestions; replies may be extended to at most 6 months after assignment.
    /// </summary>
    public static DeadlinePolicy Default { get; } = new(
    [
        new(DeadlineClock.SignFor, DeadlineRule.WorkingDays(3)),
        new(DeadlineClock.Return, DeadlineRule.WorkingDays(5)),
        new(DeadlineClock.Reply, DeadlineRule.Months(3)),
        new(DeadlineClock.JointOpinion, DeadlineRule.Months(1)),
        new(DeadlineClock.Rehandling, DeadlineRule.Months(1)),
        new(DeadlineClock.Disclosure, DeadlineRule.WorkingDays(20)),
    ], DeadlineRule.Months(6));

    /// <summary>The configured entries.</summary>
    public IReadOnlyList<PolicyEntry> Entries { get; }

    /// <summary>How far after the assignment an extended reply may be due at the latest.</summary>
    public DeadlineRule ExtensionLimit { get; }

    /// <summary>The rule for <paramref name="clock"/> on an item of <paramref name="kind"/> and <paramref name="role"/>.</summary>
    public DeadlineRule RuleFor(DeadlineClock clock, ItemKind kind, HandlingRole role) =>
        Entries
            .Where(e => e.Clock == clock && (e.Kind is null || e.Kind == kind) && (e.Role is null || e.Role == role))
            .OrderByDescending(e => (e.Kind is null ? 0 : 2) + (e.Role is null ? 0 : 1))
            .Select(e => e.Rule)
            .FirstOrDefault()
            ?? throw new InvalidOperationException($"The deadline policy has no rule for the {clock.EnglishName()} clock. Add one for every kind and role.");

    /// <summary>A copy with <paramref name="rule"/> for <paramref name="clock"/> (optionally only for a kind and/or role).</summary>
    public DeadlinePolicy With(DeadlineClock clock, DeadlineRule rule, ItemKind? kind = null, HandlingRole? role = null)
    {
        ArgumentNullException.ThrowIfNull(rule);
        var entries = Entries.Where(e => !(e.Clock == clock && e.Kind == kind && e.Role == role)).Append(new PolicyEntry(clock, rule, kind, role));
        return new DeadlinePolicy(entries.ToArray(), ExtensionLimit);
    }
}
