using SuggestionDesk.Items;

namespace SuggestionDesk.PowerShell.Tests.Faults;

/// <summary>Hostile values through New-Suggestion, Set-Suggestion and Set-SuggestionReply: kept exactly, or refused naming them with nothing written.</summary>
[Collection(ModuleCollection.Name)]
public sealed class HostileCmdletTests(AzuriteFixture azurite)
{
    private const string NewItem = """
        New-Suggestion -Number $args[0] -Title $args[1] -Session '市七届人大一次会议' -LeadProposer '王代表' -Role Lead `
            -Department '规划发展处' -Owner '李四' -OwnerEmail 'lisi@example.gov.cn' -AssignedOn 2021-03-15 | Out-Null
        """;

    [Theory]
    [InlineData("x' or PartitionKey ne '", "<script>alert('xss')</script>关于建议")]
    [InlineData("A\\B#?%|~", "=HYPERLINK(\"http://evil.example\",\"点我\")")]
    [InlineData("🚀第３４７号", "建议\u202Egnp.exe ${jndi:ldap://x} {{7*7}}")]
    public async Task HostileNumbersAndTitlesAreKeptExactlyByNewAndSetSuggestion(string number, string title)
    {
        var shared = new SharedStore(azurite);
        using var ps = shared.Connect();

        ps.RunClean(NewItem, number, title);
        var created = (await shared.Storage.Items.FindAsync(SuggestionNumber.Parse(number)))!;
        ps.RunClean("Set-Suggestion $args[0] -Title $args[1]", number, title + "（修改）");
        var changed = (await shared.Storage.Items.FindAsync(SuggestionNumber.Parse(number)))!;

        Assert.Equal((number, title), (created.Number.Value, created.Title));
        Assert.Equal(title + "（修改）", changed.Title);
        Assert.Equal(number, ps.RunClean("Get-Suggestion -Number $args[0]", number).Single().Properties["Number"].Value.ToString());
    }

    [Fact]
    public async Task AControlCharacterInATitleIsRefusedNamingItAndNothingIsCreated()
    {
        var shared = new SharedStore(azurite);
        using var ps = shared.Connect();

        ps.Run(NewItem, "2021/0347", "关于\u0007建议");

        Assert.Contains("U+0007", Assert.Single(ps.Errors).Exception.Message, StringComparison.Ordinal);
        Assert.Null(await shared.Storage.Items.FindAsync(SuggestionNumber.Parse("2021/0347")));
    }

    [Theory]
    [InlineData("\u200B")]
    [InlineData("\uFEFF\u00AD\u2060")]
    public async Task AParameterOfInvisibleCharactersOnlyIsRefusedAsMissingAndNothingIsCreated(string invisible)
    {
        var shared = new SharedStore(azurite);
        using var ps = shared.Connect();

        ps.Run(NewItem, "2021/0347", invisible);

        Assert.Contains("Title is missing", Assert.Single(ps.Errors).Exception.Message, StringComparison.Ordinal);
        Assert.Null(await shared.Storage.Items.FindAsync(SuggestionNumber.Parse("2021/0347")));
    }

    [Fact]
    public async Task AReplyOf100000CharactersIsKeptExactlyAndOneMoreIsRefusedNamingTheLimit()
    {
        var shared = new SharedStore(azurite);
        using var ps = shared.Connect();
        ps.RunClean(NewItem + "\nConfirm-SuggestionReceipt $args[0] -On 2021-03-16", "2021/0347", "关于建议");
        var longest = string.Concat(Enumerable.Repeat("答复<b>&amp;</b>=1+1，", 10_000))[..100_000];

        ps.Run("Set-SuggestionReply $args[0] -ResultClass A -RepliedOn 2021-05-20 -Text $args[1]", "2021/0347", longest + "。");
        var refused = Assert.Single(ps.Errors).Exception.Message;
        ps.RunClean("Set-SuggestionReply $args[0] -ResultClass A -RepliedOn 2021-05-20 -Text $args[1]", "2021/0347", longest);

        Assert.Contains("100,001 characters long; the limit is 100,000", refused, StringComparison.Ordinal);
        var reply = Assert.Single((await shared.Storage.Items.FindAsync(SuggestionNumber.Parse("2021/0347")))!.Replies);
        Assert.Equal(longest, reply.Text);
    }
}
