using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace SuggestionDesk.Web.Tests;

/// <summary>
/// The pages as an officer meets them: a link taken from a reminder written to the outbox, opened in headless Chromium on
/// a phone-sized screen, the form filled in and sent. Each page's screenshot is kept under artifacts/test/screenshots.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class ActionPageBrowserTests(AzuriteFixture azurite, ChromiumFixture chromium)
{
    private const string Assigned = "2026/0001";
    private const string Overdue = "2026/0002";

    [Fact]
    public async Task EveryActionWorksFromTheReminderOnceAndChangesTheStoreOnce()
    {
        await using var site = await ActionSite.StartAsync(azurite);
        var links = await SeedAndRemindAsync(site);
        await using var phone = await chromium.PhoneAsync(site.Host.BaseUrl);

        await SubmitAsync(phone, links[(Assigned, "签收")], "sign-for", page => Task.CompletedTask);
        Assert.Equal((ItemStatus.SignedFor, ActionSite.Today), ((await Item(site, Assigned)).Status, (await Item(site, Assigned)).SignedForOn!.Value));

        await SubmitAsync(phone, links[(Assigned, "申请退回")], "return", page => page.FillAsync("#text", "属市交通运输局职责，建议改由其承办"));
        Assert.Equal(ReturnState.Requested, (await Item(site, Assigned)).Return!.State);

        await SubmitAsync(phone, links[(Assigned, "申请延期")], "extension", async page =>
        {
            await page.FillAsync("#newDueDate", "2027-04-30");
            await page.FillAsync("#text", "需协调多个部门");
        });
        Assert.Equal(new DateOnly(2027, 4, 30), Assert.Single((await Item(site, Assigned)).Extensions).NewDueDate);

        await SubmitAsync(phone, links[(Assigned, "登记沟通")], "contact", async page =>
        {
            await page.SelectOptionAsync("#method", "Phone");
            await page.SelectOptionAsync("#phase", "Before");
            await page.FillAsync("#text", "电话联系代表，了解诉求");
        });
        var contact = Assert.Single(await site.Storage.Items.GetContactsAsync(SuggestionNumber.Parse(Assigned), Testing.Items.Session).ToListAsync());
        Assert.Equal((ContactMethod.Phone, ContactPhase.Before), (contact.Method, contact.Phase));

        await SubmitAsync(phone, links[(Overdue, "报告进展")], "progress", page => page.FillAsync("#text", "已起草答复，正在会签"));
        Assert.Equal("已起草答复，正在会签", Assert.Single((await Item(site, Overdue)).Progress).Text);

        var pdf = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"u8.ToArray();
        await SubmitAsync(phone, links[(Overdue, "提交答复")], "reply", async page =>
        {
            await page.SelectOptionAsync("#resultClass", "A");
            await page.FillAsync("#text", "已采纳，纳入明年计划");
            await page.SetInputFilesAsync("#document", new FilePayload { Name = "答复函.pdf", MimeType = "application/pdf", Buffer = pdf });
        });
        var replied = await Item(site, Overdue);
        Assert.Equal(("A", ItemStatus.Replied), (replied.LastReply!.ResultClass!.Code, replied.Status));
        Assert.Equal(pdf, await site.Documents.ReadAsync(Assert.Single(replied.ReplyDocuments).Name));

        // Every change once, each the officer's via mail link.
        var history = await site.Storage.Items.GetHistoryAsync(SuggestionNumber.Parse(Assigned), Testing.Items.Session).ToListAsync();
        Assert.Equal(["Create", "SignFor", "RequestReturn", "RequestExtension", "RecordContact"], history.Select(h => h.Action));
        Assert.All(history.Skip(1), h => Assert.Equal(("李四 <lisi@example.gov.cn>", HistoryEntry.ViaMailLink), (h.Actor, h.Via)));
        Assert.Empty(phone.External);
    }

    [Fact]
    public async Task OpeningLinksChangesNothingAndASecondSubmissionReplayOrTamperedLinkIsRefused()
    {
        await using var site = await ActionSite.StartAsync(azurite);
        var links = await SeedAndRemindAsync(site);
        await using var phone = await chromium.PhoneAsync(site.Host.BaseUrl);
        var before = await site.HistoryAsync(Assigned);

        foreach (var link in links.Values)
        {
            var opened = await phone.OpenAsync(link);
            await opened.CloseAsync();
        }

        Assert.Equal(before, await site.HistoryAsync(Assigned));
        Assert.All(links.Values, link => Assert.Null(site.StoredAsync(link).GetAwaiter().GetResult().UsedAt));

        // The same form in two tabs: the first submission acts, the second is refused.
        var first = await phone.OpenAsync(links[(Overdue, "登记沟通")]);
        var second = await phone.OpenAsync(links[(Overdue, "登记沟通")]);
        foreach (var page in new[] { first, second })
        {
            await page.SelectOptionAsync("#method", "Visit");
            await page.FillAsync("#text", "上门听取意见");
        }

        await first.ClickAsync("button[type=submit]");
        await second.ClickAsync("button[type=submit]");
        await phone.ShotAsync(second, "second-submission");
        Assert.Equal("链接已使用", await second.InnerTextAsync("h1"));
        Assert.Single(await site.Storage.Items.GetContactsAsync(SuggestionNumber.Parse(Overdue), Testing.Items.Session).ToListAsync());

        var replay = await phone.OpenAsync(links[(Overdue, "登记沟通")]);
        await phone.ShotAsync(replay, "replayed");
        Assert.Equal("链接已使用", await replay.InnerTextAsync("h1"));

        var token = links[(Assigned, "签收")].AbsoluteUri;
        var tampered = await phone.OpenAsync(new Uri(token[..^4] + (token[^4] == 'x' ? 'y' : 'x') + token[^3..]));
        await phone.ShotAsync(tampered, "tampered");
        Assert.Equal("链接不完整", await tampered.InnerTextAsync("h1"));
        Assert.Equal(before, await site.HistoryAsync(Assigned));
        Assert.Empty(phone.External);
    }

    [Fact]
    public async Task APageIsStyledUnderItsPolicyFitsAPhoneAndAStaleOrExpiredOneChangesNothing()
    {
        await using var site = await ActionSite.StartAsync(azurite);
        var links = await SeedAndRemindAsync(site);
        await using var phone = await chromium.PhoneAsync(site.Host.BaseUrl);

        var page = await phone.OpenAsync(links[(Overdue, "报告进展")]);
        var button = await page.EvalOnSelectorAsync<string>("button", "b => getComputedStyle(b).backgroundColor");
        var width = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
        await site.Suggestions.ChangeAsync(SuggestionNumber.Parse(Overdue), null, false, i => i.Assign(null, null, "li.si@example.gov.cn", site.Office));
        await page.FillAsync("#text", "已完成调研");
        await page.ClickAsync("button[type=submit]");
        await phone.ShotAsync(page, "stale");

        Assert.Equal("rgb(178, 34, 34)", button); // the page's own style applies under its nonce
        Assert.InRange(width, 1, 390);
        Assert.Equal("页面已过时", await page.InnerTextAsync("h1"));
        Assert.Empty((await Item(site, Overdue)).Progress);
        Assert.DoesNotContain(phone.Console, m => m.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase));

        site.Clock.Advance(TimeSpan.FromDays(15));
        var expired = await phone.OpenAsync(links[(Assigned, "签收")]);
        await phone.ShotAsync(expired, "expired");
        Assert.Equal("链接已过期", await expired.InnerTextAsync("h1"));
        Assert.Equal(ItemStatus.Assigned, (await Item(site, Assigned)).Status);
        Assert.Empty(phone.External);
    }

    [Fact]
    public async Task WithSignInOnlyTheRecipientActsAndAWrongUserIsRefused()
    {
        await using var site = await ActionSite.StartAsync(azurite, new ActionPagesOptions { RequireSignIn = true });
        var links = await SeedAndRemindAsync(site);
        await using var stranger = await chromium.PhoneAsync(site.Host.BaseUrl, new Dictionary<string, string> { ["X-MS-CLIENT-PRINCIPAL-NAME"] = "wangwu@example.gov.cn" });
        await using var lisi = await chromium.PhoneAsync(site.Host.BaseUrl, new Dictionary<string, string> { ["X-MS-CLIENT-PRINCIPAL-NAME"] = "lisi@example.gov.cn" });

        var refused = await stranger.OpenAsync(links[(Assigned, "签收")]);
        await stranger.ShotAsync(refused, "wrong-user");
        await SubmitAsync(lisi, links[(Assigned, "签收")], "signed-in", page => Task.CompletedTask);

        Assert.Equal("无权使用此链接", await refused.InnerTextAsync("h1"));
        Assert.Equal(ItemStatus.SignedFor, (await Item(site, Assigned)).Status);
    }

    /// <summary>Opens <paramref name="link"/>, fills its form, sends it, and checks the page says it was recorded.</summary>
    private static async Task SubmitAsync(Phone phone, Uri link, string name, Func<IPage, Task> fill)
    {
        var page = await phone.OpenAsync(link);
        await phone.ShotAsync(page, name + "-form");
        await fill(page);
        await page.ClickAsync("button[type=submit]");
        await phone.ShotAsync(page, name + "-done");
        Assert.Matches(new Regex("^已提交："), await page.InnerTextAsync("h1"));
    }

    /// <summary>李四's two items (one just assigned, one overdue) and today's reminder to him in the outbox, with its links.</summary>
    private static async Task<Dictionary<(string Number, string Action), Uri>> SeedAndRemindAsync(ActionSite site)
    {
        await site.AddAsync(Assigned);
        var overdue = await site.Suggestions.AddAsync(Testing.Items.Spec(Overdue) with { AssignedOn = new DateOnly(2026, 8, 3) }, site.Office);
        await site.Suggestions.ChangeAsync(overdue.Number, null, false, i => i.SignFor(new DateOnly(2026, 8, 4), site.Office));
        var outbox = await ReminderOutbox.SendAsync(site);
        try
        {
            var links = ReminderOutbox.Links(outbox, ActionSite.Lisi);
            // In the mail's order: what the item allows today, step by step.
            Assert.Equal(["签收", "登记沟通", "申请延期", "申请退回"], links.Keys.Where(k => k.Number == Assigned).Select(k => k.Action));
            Assert.Equal(["登记沟通", "报告进展", "申请延期", "提交答复"], links.Keys.Where(k => k.Number == Overdue).Select(k => k.Action));
            return links;
        }
        finally
        {
            Directory.Delete(outbox, recursive: true);
        }
    }

    private static Task<SuggestionItem> Item(ActionSite site, string number) => site.ItemAsync(number);
}
