using SuggestionDesk.Actions;

namespace SuggestionDesk.Mail.Tests;

public sealed class ActionLinkMessageTests
{
    private static readonly Uri SignFor = new("https://desk.example.gov.cn/act/AAAAtoken-for-sign-for");
    private static readonly Uri Contact = new("https://desk.example.gov.cn/act/BBBBtoken-for-contact?x=1&y=2");

    [Fact]
    public void AnItemsLinksStandUnderItInBothBodiesWithTheirChineseNames()
    {
        var (message, other) = Message();

        var rendered = new ReminderRenderer().Render(message with { Links = Links(message) });

        var html = rendered.Html;
        Assert.Contains($"<a href=\"{SignFor.AbsoluteUri}\"", html, StringComparison.Ordinal);
        Assert.Contains(">签收</a>", html, StringComparison.Ordinal);
        Assert.Contains(">登记沟通</a>", html, StringComparison.Ordinal);
        Assert.Contains("contact?x=1&amp;y=2\"", html, StringComparison.Ordinal);
        // Under the item they act on: after its number, before the other item's.
        var first = html.IndexOf(">20210347<", StringComparison.Ordinal);
        var second = html.IndexOf($">{other}<", StringComparison.Ordinal);
        Assert.InRange(html.IndexOf(">签收</a>", StringComparison.Ordinal), first, second < first ? int.MaxValue : second);
        Assert.Contains($"   签收：{SignFor.AbsoluteUri}\n", rendered.Text, StringComparison.Ordinal);
        Assert.Contains("每个链接仅供本人使用一次", rendered.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void InEnglishTheLinksSayWhatTheyDo()
    {
        var (message, _) = Message();

        var rendered = new ReminderRenderer(Language.English).Render(message with { Links = Links(message) });

        Assert.Contains(">Sign for</a>", rendered.Html, StringComparison.Ordinal);
        Assert.Contains($"   Log a contact: {Contact.AbsoluteUri}", rendered.Text, StringComparison.Ordinal);
        Assert.Contains("each works once", rendered.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void AMessageWithoutLinksIsAsBefore()
    {
        var (message, _) = Message();

        var rendered = new ReminderRenderer().Render(message);

        Assert.DoesNotContain("<a ", rendered.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("https://", rendered.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("链接", rendered.Text, StringComparison.Ordinal);
    }

    private static (ReminderMessage Message, string Other) Message()
    {
        var unsigned = Plans.Unsigned("2026-11-24");
        var other = Plans.Signed("2026-07-01", number: "20210348");
        var message = Plans.Plan(new DateOnly(2026, 11, 27), unsigned, other).Messages.Single(m => m.Recipient == "lisi@example.gov.cn");
        return (message, "20210348");
    }

    private static ItemLink[] Links(ReminderMessage message) =>
    [
        new(SuggestionNumber.Parse("20210347"), ItemAction.SignFor, SignFor),
        new(SuggestionNumber.Parse("20210347"), ItemAction.LogContact, Contact),
    ];
}
