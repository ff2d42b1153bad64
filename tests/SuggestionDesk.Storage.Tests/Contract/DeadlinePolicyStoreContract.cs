using SuggestionDesk.Calendar;

namespace SuggestionDesk.Storage.Tests.Contract;

/// <summary>What every deadline policy store does: the defaults until one is set, a faithful round trip, and no silent overwrite.</summary>
public abstract class DeadlinePolicyStoreContract
{
    /// <summary>A new store holding no policy.</summary>
    protected abstract IDeadlinePolicyStore NewStore();

    private static DeadlinePolicy Changed => DeadlinePolicy.Default
        .With(DeadlineClock.Reply, DeadlineRule.Months(5), kind: ItemKind.Proposal)
        .With(DeadlineClock.SignFor, DeadlineRule.WorkingDays(2), role: HandlingRole.Joint)
        .With(DeadlineClock.Rehandling, DeadlineRule.Months(2), ItemKind.Proposal, HandlingRole.Split)
        .With(DeadlineClock.FollowUp, DeadlineRule.Months(6))
        .WithExtensionLimit(DeadlineRule.Months(4));

    [Fact]
    public async Task TheDefaultsApplyUntilAPolicyIsSet()
    {
        var stored = await NewStore().GetAsync();

        Assert.Same(DeadlinePolicy.Default, stored.Policy);
        Assert.Null(stored.Version);
    }

    [Fact]
    public async Task ASavedPolicyReadsBackRuleForRule()
    {
        var store = NewStore();

        var saved = await store.SaveAsync(Changed, null);
        var read = await store.GetAsync();

        Assert.True(read.Policy.SameAs(Changed), string.Join("; ", read.Policy.Entries));
        Assert.Equal(DeadlineRule.Months(4), read.Policy.ExtensionLimit);
        Assert.Equal(DeadlineRule.Months(5), read.Policy.RuleFor(DeadlineClock.Reply, ItemKind.Proposal, HandlingRole.Lead));
        Assert.NotNull(saved.Version);
        Assert.Equal(saved.Version, read.Version);
    }

    [Fact]
    public async Task AChangeFromAStaleVersionIsRefusedAndTheOtherChangeKept()
    {
        var store = NewStore();
        var first = await store.SaveAsync(Changed, null);
        var theirs = await store.SaveAsync(first.Policy.With(DeadlineClock.Reply, DeadlineRule.Months(2)), first.Version);

        var error = await Assert.ThrowsAsync<PolicyConflictException>(() => store.SaveAsync(DeadlinePolicy.Default, first.Version));

        Assert.Contains("changed by someone else after it was read", error.Message, StringComparison.Ordinal);
        Assert.Equal("deadline policy", error.Setting);
        var kept = await store.GetAsync();
        Assert.Equal(theirs.Version, kept.Version);
        Assert.Equal(DeadlineRule.Months(2), kept.Policy.RuleFor(DeadlineClock.Reply, ItemKind.Suggestion, HandlingRole.Lead));
    }

    [Fact]
    public async Task AFirstPolicyIsRefusedWhenSomeoneSetOneMeanwhile()
    {
        var store = NewStore();
        await store.SaveAsync(Changed, null);

        await Assert.ThrowsAsync<PolicyConflictException>(() => store.SaveAsync(DeadlinePolicy.Default, null));

        Assert.True((await store.GetAsync()).Policy.SameAs(Changed));
    }

    [Fact]
    public async Task TheDefaultsCanBePutBack()
    {
        var store = NewStore();
        var changed = await store.SaveAsync(Changed, null);

        await store.SaveAsync(DeadlinePolicy.Default, changed.Version);

        Assert.True((await store.GetAsync()).Policy.SameAs(DeadlinePolicy.Default));
    }
}

public sealed class InMemoryDeadlinePolicyStoreTests : DeadlinePolicyStoreContract
{
    protected override IDeadlinePolicyStore NewStore() => new InMemoryDeadlinePolicyStore();
}

[Collection(AzuriteCollection.Name)]
public sealed class TableDeadlinePolicyStoreTests(AzuriteFixture azurite) : DeadlinePolicyStoreContract
{
    protected override IDeadlinePolicyStore NewStore() => new TableDeadlinePolicyStore(azurite.Service, AzuriteFixture.NewNames());
}
