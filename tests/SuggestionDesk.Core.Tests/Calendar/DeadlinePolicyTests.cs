using SuggestionDesk.Calendar;

namespace SuggestionDesk.Core.Tests.Calendar;

public sealed class DeadlinePolicyTests
{
    [Fact]
    public void TheDefaultsAreThoseOfTheDomainWithTheFollowUpAtTheYearsEnd()
    {
        var policy = DeadlinePolicy.Default;

        Assert.Equal(Enum.GetValues<DeadlineClock>(), policy.Entries.Select(e => e.Clock));
        Assert.All(policy.Entries, e => Assert.True(e.IsGeneral));
        Assert.Equal(DeadlineRule.EndOfYear, policy.RuleFor(DeadlineClock.FollowUp, ItemKind.Suggestion, HandlingRole.Lead));
        Assert.Equal(DeadlineRule.Months(6), policy.ExtensionLimit);
    }

    [Fact]
    public void RemovingARuleForAKindBringsBackTheGeneralOne()
    {
        var policy = DeadlinePolicy.Default.With(DeadlineClock.Reply, DeadlineRule.Months(5), kind: ItemKind.Proposal);

        var removed = policy.Without(DeadlineClock.Reply, kind: ItemKind.Proposal);

        Assert.Equal(DeadlineRule.Months(5), policy.RuleFor(DeadlineClock.Reply, ItemKind.Proposal, HandlingRole.Lead));
        Assert.Equal(DeadlineRule.Months(3), removed.RuleFor(DeadlineClock.Reply, ItemKind.Proposal, HandlingRole.Lead));
        Assert.True(removed.SameAs(DeadlinePolicy.Default));
    }

    [Fact]
    public void AClocksGeneralRuleCannotBeRemoved()
    {
        var error = Assert.Throws<ArgumentException>(() => DeadlinePolicy.Default.Without(DeadlineClock.SignFor));

        Assert.Contains("general rule of the sign-for clock (签收) cannot be removed", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RemovingARuleThePolicyDoesNotHaveSaysWhichItHas()
    {
        var error = Assert.Throws<ArgumentException>(() => DeadlinePolicy.Default.Without(DeadlineClock.Reply, role: HandlingRole.Split));

        Assert.Contains("no rule for the reply clock for Split to remove", error.Message, StringComparison.Ordinal);
        Assert.Contains("reply: 3 months", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(-3, DeadlineUnit.WorkingDays, "A deadline of -3 working days is not usable")]
    [InlineData(0, DeadlineUnit.Months, "A deadline of 0 months is not usable")]
    [InlineData(2, DeadlineUnit.EndOfYear, "An end-of-year deadline of 2 is not usable")]
    public void ARuleThatCannotWorkIsRefusedNamingTheValue(int amount, DeadlineUnit unit, string expected)
    {
        var error = Assert.ThrowsAny<ArgumentException>(() => DeadlinePolicy.Default.With(DeadlineClock.Reply, new DeadlineRule(amount, unit)));

        Assert.StartsWith(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AnUnknownKindOrRoleIsRefusedNamingItAndTheKnownOnes()
    {
        var kind = Assert.Throws<ArgumentException>(() => DeadlinePolicy.Default.With(DeadlineClock.Reply, DeadlineRule.Months(2), kind: (ItemKind)7));
        var role = Assert.Throws<ArgumentException>(() => DeadlinePolicy.Default.With(DeadlineClock.Reply, DeadlineRule.Months(2), role: (HandlingRole)9));

        Assert.Contains("Kind '7' is not known", kind.Message, StringComparison.Ordinal);
        Assert.Contains("Suggestion (建议)", kind.Message, StringComparison.Ordinal);
        Assert.Contains("Handling role '9' is not known", role.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AStoredPolicyWithoutANewerClockKeepsThatClocksDefault()
    {
        var stored = new[] { new PolicyEntry(DeadlineClock.Reply, DeadlineRule.Months(2)), new PolicyEntry(DeadlineClock.Reply, DeadlineRule.Months(4), ItemKind.Proposal) };

        var policy = DeadlinePolicy.From(stored, DeadlineRule.Months(5));

        Assert.Equal(DeadlineRule.Months(2), policy.RuleFor(DeadlineClock.Reply, ItemKind.Suggestion, HandlingRole.Lead));
        Assert.Equal(DeadlineRule.Months(4), policy.RuleFor(DeadlineClock.Reply, ItemKind.Proposal, HandlingRole.Lead));
        Assert.Equal(DeadlineRule.EndOfYear, policy.RuleFor(DeadlineClock.FollowUp, ItemKind.Suggestion, HandlingRole.Lead));
        Assert.Equal(DeadlineRule.Months(5), policy.ExtensionLimit);
    }

    [Fact]
    public void TheExtensionLimitCountsFromTheAssignmentSoTheYearsEndIsRefused()
    {
        var error = Assert.Throws<ArgumentException>(() => DeadlinePolicy.Default.WithExtensionLimit(DeadlineRule.EndOfYear));

        Assert.Contains("not as the end of the year", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AnEntryReadsInBothLanguages()
    {
        var entry = new PolicyEntry(DeadlineClock.Reply, DeadlineRule.Months(4), ItemKind.Proposal, HandlingRole.Split);

        Assert.Equal("reply (Proposal, Split): 4 months", entry.ToString());
        Assert.Equal("答复（提案，分办）：4个月", entry.ToChinese());
    }
}
