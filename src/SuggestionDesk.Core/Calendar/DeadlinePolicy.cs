using SuggestionDesk.Items;
using SuggestionDesk.Localization;

namespace SuggestionDesk.Calendar;

/// <summary>One configured rule: a clock's length, for a kind and/or role or for all.</summary>
/// <param name="Clock">The clock.</param>
/// <param name="Rule">Its length.</param>
/// <param name="Kind">Only for this kind; null for every kind.</param>
/// <param name="Role">Only for this role; null for every role.</param>
public sealed record PolicyEntry(DeadlineClock Clock, DeadlineRule Rule, ItemKind? Kind = null, HandlingRole? Role = null)
{
    /// <summary>Whether it is the clock's general entry, for every kind and role.</summary>
    public bool IsGeneral => Kind is null && Role is null;

    /// <summary>e.g. "reply (Proposal, Split): 4 months".</summary>
    public override string ToString() => $"{Clock.EnglishName()}{Scope(Kind?.ToString(), Role?.ToString(), ", ")}: {Rule}";

    /// <summary>e.g. 答复（提案，分办）：4个月.</summary>
    public string ToChinese() =>
        $"{Clock.ChineseName()}{(IsGeneral ? string.Empty : $"（{string.Join("，", new[] { Kind?.ChineseName(), Role?.ChineseName() }.OfType<string>())}）")}：{Rule.ToChinese()}";

    private static string Scope(string? kind, string? role, string separator) =>
        kind is null && role is null ? string.Empty : $" ({string.Join(separator, new[] { kind, role }.OfType<string>())})";
}

/// <summary>
/// How long each clock runs, configurable per kind and per role. The most specific entry wins: kind and
/// role, then kind, then role, then the clock's general entry, which every clock has. Immutable;
/// <see cref="With"/>, <see cref="Without"/> and <see cref="WithExtensionLimit"/> make changed copies.
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
    /// 1 month; reply after an unsatisfied evaluation 1 month; publish 20 working days after the reply; follow up a
    /// class B reply by the end of its year (unless it promised a date); proposals as suggestions; replies may be
    /// extended to at most 6 months after assignment.
    /// </summary>
    public static DeadlinePolicy Default { get; } = new(
    [
        new(DeadlineClock.SignFor, DeadlineRule.WorkingDays(3)),
        new(DeadlineClock.Return, DeadlineRule.WorkingDays(5)),
        new(DeadlineClock.Reply, DeadlineRule.Months(3)),
        new(DeadlineClock.JointOpinion, DeadlineRule.Months(1)),
        new(DeadlineClock.Rehandling, DeadlineRule.Months(1)),
        new(DeadlineClock.Disclosure, DeadlineRule.WorkingDays(20)),
        new(DeadlineClock.FollowUp, DeadlineRule.EndOfYear),
    ], DeadlineRule.Months(6));

    /// <summary>The configured entries: each clock's general one, then those for a kind and/or role.</summary>
    public IReadOnlyList<PolicyEntry> Entries { get; }

    /// <summary>How far after the assignment an extended reply may be due at the latest.</summary>
    public DeadlineRule ExtensionLimit { get; }

    /// <summary>
    /// A policy of <paramref name="entries"/> (as stored): the defaults with each entry applied in turn, so a clock
    /// the entries do not mention (one added after they were written) keeps its default.
    /// </summary>
    public static DeadlinePolicy From(IEnumerable<PolicyEntry> entries, DeadlineRule extensionLimit)
    {
        ArgumentNullException.ThrowIfNull(entries);
        return entries.Aggregate(Default.WithExtensionLimit(extensionLimit), (policy, e) => policy.With(e.Clock, e.Rule, e.Kind, e.Role));
    }

    /// <summary>The rule for <paramref name="clock"/> on an item of <paramref name="kind"/> and <paramref name="role"/>.</summary>
    public DeadlineRule RuleFor(DeadlineClock clock, ItemKind kind, HandlingRole role) =>
        Entries
            .Where(e => e.Clock == clock && (e.Kind is null || e.Kind == kind) && (e.Role is null || e.Role == role))
            .OrderByDescending(e => (e.Kind is null ? 0 : 2) + (e.Role is null ? 0 : 1))
            .Select(e => e.Rule)
            .FirstOrDefault()
            ?? throw new InvalidOperationException(MessageText.Format(Messages.DeadlinePolicyNoRule, clock.Shown()));

    /// <summary>A copy with <paramref name="rule"/> for <paramref name="clock"/> (optionally only for a kind and/or role).</summary>
    public DeadlinePolicy With(DeadlineClock clock, DeadlineRule rule, ItemKind? kind = null, HandlingRole? role = null)
    {
        ArgumentNullException.ThrowIfNull(rule);
        Known(clock, kind, role);
        var entry = new PolicyEntry(clock, DeadlineRule.Of(rule.Amount, rule.Unit), kind, role);
        return new DeadlinePolicy(Ordered(Entries.Where(e => !Same(e, entry)).Append(entry)), ExtensionLimit);
    }

    /// <summary>
    /// A copy without the rule for <paramref name="clock"/> on <paramref name="kind"/> and/or <paramref name="role"/>,
    /// so the next less specific one applies. A clock's general rule cannot be removed, only changed.
    /// </summary>
    public DeadlinePolicy Without(DeadlineClock clock, ItemKind? kind = null, HandlingRole? role = null)
    {
        Known(clock, kind, role);
        if (kind is null && role is null)
        {
            throw new ArgumentException(
                MessageText.Format(Messages.DeadlinePolicyGeneralRuleFixed, clock.EnglishName(), clock.ChineseName()));
        }

        var gone = new PolicyEntry(clock, DeadlineRule.EndOfYear, kind, role);
        if (!Entries.Any(e => Same(e, gone)))
        {
            throw new ArgumentException(
                MessageText.Format(Messages.DeadlinePolicyNoSuchRule, clock.Shown(), Scope(kind, role), string.Join("; ", Entries)));
        }

        return new DeadlinePolicy(Entries.Where(e => !Same(e, gone)).ToArray(), ExtensionLimit);
    }

    /// <summary>A copy in which extended replies may be due at the latest <paramref name="limit"/> after the assignment.</summary>
    public DeadlinePolicy WithExtensionLimit(DeadlineRule limit)
    {
        ArgumentNullException.ThrowIfNull(limit);
        if (limit.Unit == DeadlineUnit.EndOfYear)
        {
            throw new ArgumentException(Messages.DeadlinePolicyLimitFromAssignment);
        }

        return new DeadlinePolicy(Entries, DeadlineRule.Of(limit.Amount, limit.Unit));
    }

    /// <summary>Whether <paramref name="other"/> has the same rules and extension limit.</summary>
    public bool SameAs(DeadlinePolicy other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return ExtensionLimit == other.ExtensionLimit && Entries.Count == other.Entries.Count && Entries.All(other.Entries.Contains);
    }

    private static bool Same(PolicyEntry a, PolicyEntry b) => a.Clock == b.Clock && a.Kind == b.Kind && a.Role == b.Role;

    // General entries first, then by clock, kind and role: the order people read them in.
    private static PolicyEntry[] Ordered(IEnumerable<PolicyEntry> entries) =>
        entries.OrderBy(e => e.Clock).ThenBy(e => e.Kind.HasValue).ThenBy(e => e.Kind).ThenBy(e => e.Role.HasValue).ThenBy(e => e.Role).ToArray();

    private static string Scope(ItemKind? kind, HandlingRole? role) =>
        MessageText.Format(
            Messages.DeadlinePolicyScope,
            string.Join(Messages.WordAnd, new[] { kind is { } k ? ItemKindNames.Words.Shown(k) : null, role is { } r ? HandlingRoleRules.Words.Shown(r) : null }.OfType<string>()));

    // A value cast from a number outside the enum (a stored policy from a later version, a script) is named, not kept.
    private static void Known(DeadlineClock clock, ItemKind? kind, HandlingRole? role)
    {
        if (!Enum.IsDefined(clock))
        {
            throw new ArgumentException(MessageText.Format(Messages.DeadlinePolicyClockUnknown, clock, DeadlineClockNames.Words.Expected));
        }

        if (kind is { } k && !Enum.IsDefined(k))
        {
            throw new ArgumentException(MessageText.Format(Messages.DeadlinePolicyKindUnknown, k, ItemKindNames.Words.Expected));
        }

        if (role is { } r && !Enum.IsDefined(r))
        {
            throw new ArgumentException(MessageText.Format(Messages.DeadlinePolicyRoleUnknown, r, HandlingRoleRules.Words.Expected));
        }
    }
}
