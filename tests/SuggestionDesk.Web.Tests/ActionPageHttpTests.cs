using System.Net;
using System.Net.Http.Headers;
using System.Text;

namespace SuggestionDesk.Web.Tests;

[Collection(AzuriteCollection.Name)]
public sealed class ActionPageHttpTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task OpeningALinkShowsTheItemAndItsFormAndChangesNothing()
    {
        await using var site = await ActionSite.StartAsync(azurite);
        var item = await site.AddAsync();
        var link = await site.LinkAsync(item, ItemAction.SignFor);

        var first = await site.Client.GetAsync(link);
        var page = await first.Content.ReadAsStringAsync();
        var again = await site.NewClient().GetAsync(link);

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (first.StatusCode, again.StatusCode));
        Assert.Contains("<h1>签收</h1>", page, StringComparison.Ordinal);
        Assert.Contains("关于创新智慧城市和数字政府建设管理体制机制的建议", page, StringComparison.Ordinal);
        Assert.Contains("type=\"date\" name=\"date\" value=\"2026-11-27\"", page, StringComparison.Ordinal);
        Assert.Equal(["Create"], await site.HistoryAsync());
        Assert.Null((await site.StoredAsync(link)).UsedAt);
    }

    [Fact]
    public async Task EveryPageIsSelfContainedUnderAStrictPolicyNeverCachedAndSendsNoReferrer()
    {
        await using var site = await ActionSite.StartAsync(azurite);
        var item = await site.AddAsync();
        var link = await site.LinkAsync(item, ItemAction.LogContact);

        foreach (var response in new[] { await site.Client.GetAsync(link), await site.Client.GetAsync(new Uri(site.Host.BaseUrl, "act/nothing-here")) })
        {
            var page = await response.Content.ReadAsStringAsync();
            var policy = response.Headers.GetValues("Content-Security-Policy").Single();
            Assert.StartsWith("default-src 'none'; style-src 'nonce-", policy, StringComparison.Ordinal);
            Assert.Contains("form-action 'self'", policy, StringComparison.Ordinal);
            Assert.Contains("frame-ancestors 'none'", policy, StringComparison.Ordinal);
            Assert.DoesNotContain("script", policy, StringComparison.Ordinal);
            Assert.Equal("no-store", response.Headers.CacheControl!.ToString());
            Assert.Equal("no-referrer", response.Headers.GetValues("Referrer-Policy").Single());
            Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
            Assert.DoesNotContain("<script", page, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("src=", page, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("<link", page, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("http", page.Replace("http-equiv", string.Empty, StringComparison.Ordinal), StringComparison.OrdinalIgnoreCase);
            Assert.Contains("name=\"viewport\" content=\"width=device-width, initial-scale=1\"", page, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task TheFormsPostActsOnceAndASecondPostChangesNothing()
    {
        await using var site = await ActionSite.StartAsync(azurite);
        var item = await site.AddAsync();
        var link = await site.LinkAsync(item, ItemAction.SignFor);
        var page = await site.Client.GetStringAsync(link);

        var done = await ActionSite.PostAsync(site.Client, link, page, ("date", "2026-11-26"));
        var again = await ActionSite.PostAsync(site.Client, link, page, ("date", "2026-11-26"));

        Assert.Equal(HttpStatusCode.OK, done.StatusCode);
        Assert.Contains("已提交：签收", await done.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Gone, again.StatusCode);
        Assert.Contains("链接已使用", await again.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(["Create", "SignFor"], await site.HistoryAsync());
        var history = await site.Storage.Items.GetHistoryAsync(item.Number, item.Session).ToListAsync();
        Assert.Equal(("李四 <lisi@example.gov.cn>", HistoryEntry.ViaMailLink), (history[^1].Actor, history[^1].Via));
        Assert.Equal(new DateOnly(2026, 11, 26), (await site.ItemAsync()).SignedForOn);
    }

    [Fact]
    public async Task APostWithoutTheAntiForgeryCookieOrFieldOrFromAnotherSiteChangesNothing()
    {
        await using var site = await ActionSite.StartAsync(azurite);
        var item = await site.AddAsync();
        var link = await site.LinkAsync(item, ItemAction.SignFor);
        var page = await site.Client.GetStringAsync(link);
        var hidden = ActionSite.Hidden(page);

        var noCookie = await ActionSite.PostAsync(site.NewClient(), link, page, ("date", "2026-11-26"));
        var noField = await site.Client.PostAsync(link, new FormUrlEncodedContent(new Dictionary<string, string> { ["version"] = hidden["version"], ["date"] = "2026-11-26" }));
        var forged = await site.Client.PostAsync(link, new FormUrlEncodedContent(new Dictionary<string, string> { ["version"] = hidden["version"], ["af"] = "x" + hidden["af"][1..], ["date"] = "2026-11-26" }));
        var crossSite = new HttpRequestMessage(HttpMethod.Post, link) { Content = new FormUrlEncodedContent(hidden) };
        crossSite.Headers.Add("Sec-Fetch-Site", "cross-site");
        var fromElsewhere = await site.Client.SendAsync(crossSite);
        var json = await site.Client.PostAsync(link, new StringContent("{}", Encoding.UTF8, "application/json"));

        Assert.All(new[] { noCookie, noField, forged, fromElsewhere, json }, r => Assert.Equal(HttpStatusCode.BadRequest, r.StatusCode));
        Assert.Contains("表单已失效", await noCookie.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(["Create"], await site.HistoryAsync());
        Assert.Null((await site.StoredAsync(link)).UsedAt);
    }

    [Fact]
    public async Task APageShownBeforeTheItemChangedIsRefusedAsStale()
    {
        await using var site = await ActionSite.StartAsync(azurite);
        var item = await site.AddAsync(signed: true);
        var link = await site.LinkAsync(item, ItemAction.ReportProgress);
        var page = await site.Client.GetStringAsync(link);
        await site.Suggestions.ChangeAsync(item.Number, null, false, i => i.Assign(null, "李四", "li.si@example.gov.cn", site.Office));

        var stale = await ActionSite.PostAsync(site.Client, link, page, ("date", "2026-11-27"), ("text", "已与交通局会商"));
        var fresh = await site.Client.GetStringAsync(link);
        var done = await ActionSite.PostAsync(site.Client, link, fresh, ("date", "2026-11-27"), ("text", "已与交通局会商"));

        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Contains("页面已过时", await stale.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, done.StatusCode);
        Assert.Equal("已与交通局会商", Assert.Single((await site.ItemAsync()).Progress).Text);
    }

    [Fact]
    public async Task ADamagedUnknownOrExpiredLinkGetsAPageSayingWhich()
    {
        await using var site = await ActionSite.StartAsync(azurite);
        var item = await site.AddAsync();
        var link = await site.LinkAsync(item, ItemAction.SignFor);

        var damaged = await site.Client.GetAsync(link.AbsoluteUri[..^3]);
        var unknown = await site.Client.GetAsync(new Uri(site.Host.BaseUrl, "act/" + ActionToken.New().Text));
        site.Clock.Advance(TimeSpan.FromDays(15));
        var expired = await site.Client.GetAsync(link);

        Assert.Equal((HttpStatusCode.BadRequest, HttpStatusCode.NotFound, HttpStatusCode.Gone), (damaged.StatusCode, unknown.StatusCode, expired.StatusCode));
        Assert.Contains("链接不完整", await damaged.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("链接无效", await unknown.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("链接已过期", await expired.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("没有任何改动。", await expired.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ARefusedFormComesBackWithWhatWasWrongAndTheLinkStillWorks()
    {
        await using var site = await ActionSite.StartAsync(azurite);
        var item = await site.AddAsync(signed: true);
        var link = await site.LinkAsync(item, ItemAction.RequestExtension);
        var page = await site.Client.GetStringAsync(link);

        var tooFar = await ActionSite.PostAsync(site.Client, link, page, ("newDueDate", "2027-12-01"), ("text", "需协调多个部门"));
        var shown = await tooFar.Content.ReadAsStringAsync();
        var corrected = await ActionSite.PostAsync(site.Client, link, shown, ("newDueDate", "2027-04-30"), ("text", "需协调多个部门"));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, tooFar.StatusCode);
        Assert.Contains("past the limit", shown, StringComparison.Ordinal);
        Assert.Contains("需协调多个部门</textarea>", shown, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, corrected.StatusCode);
        Assert.Equal(new DateOnly(2027, 4, 30), Assert.Single((await site.ItemAsync()).Extensions).NewDueDate);
    }

    [Fact]
    public async Task AReplyWithItsPdfIsRecordedAndTheDocumentKeptInBlobStorage()
    {
        await using var site = await ActionSite.StartAsync(azurite);
        var item = await site.AddAsync(signed: true);
        var link = await site.LinkAsync(item, ItemAction.Reply);
        var page = await site.Client.GetStringAsync(link);
        var pdf = "%PDF-1.7\n1 0 obj<<>>endobj\n%%EOF\n"u8.ToArray();
        var form = new MultipartFormDataContent();
        foreach (var (name, value) in ActionSite.Hidden(page))
        {
            form.Add(new StringContent(value), name);
        }

        form.Add(new StringContent("2026-11-27"), "date");
        form.Add(new StringContent("A"), "resultClass");
        form.Add(new StringContent("已采纳代表建议"), "text");
        var file = new ByteArrayContent(pdf);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        form.Add(file, "document", "答复函.pdf");

        var done = await site.Client.PostAsync(link, form);

        Assert.Equal(HttpStatusCode.OK, done.StatusCode);
        Assert.Contains("enctype=\"multipart/form-data\"", page, StringComparison.Ordinal);
        var stored = await site.ItemAsync();
        Assert.Equal(("A", "已采纳代表建议"), (stored.LastReply!.ResultClass!.Code, stored.LastReply.Text));
        var document = Assert.Single(stored.ReplyDocuments);
        Assert.Equal("答复函.pdf", document.FileName);
        Assert.Equal(pdf, await site.Documents.ReadAsync(document.Name));
    }

    [Fact]
    public async Task WithSignInOnTheSignedInUserMustBeTheRecipientOrTheHead()
    {
        await using var site = await ActionSite.StartAsync(azurite, new ActionPagesOptions { RequireSignIn = true });
        var item = await site.AddAsync();
        var link = await site.LinkAsync(item, ItemAction.LogContact);

        var nobody = await site.Client.GetAsync(link);
        var stranger = await Send(site.Client, HttpMethod.Get, link, ("X-MS-CLIENT-PRINCIPAL-NAME", "wangwu@example.gov.cn"));
        var owner = await Send(site.Client, HttpMethod.Get, link, ("X-MS-CLIENT-PRINCIPAL-NAME", "LiSi@example.gov.cn"));
        var byClaims = await Send(site.Client, HttpMethod.Get, link, ("X-MS-CLIENT-PRINCIPAL", Principal(("preferred_username", "head.planning@example.gov.cn"))));
        var page = await byClaims.Content.ReadAsStringAsync();
        var post = new HttpRequestMessage(HttpMethod.Post, link)
        {
            Content = new FormUrlEncodedContent([.. ActionSite.Hidden(page), new("date", "2026-11-26"), new("method", "Phone"), new("phase", "Before"), new("text", "电话沟通办理思路")]),
        };
        post.Headers.Add("X-MS-CLIENT-PRINCIPAL-NAME", "zhang.head@corp.example.gov.cn");
        post.Headers.Add("X-MS-CLIENT-PRINCIPAL", Principal(("email", "head.planning@example.gov.cn")));
        var done = await site.Client.SendAsync(post);

        Assert.Equal(HttpStatusCode.Unauthorized, nobody.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, stranger.StatusCode);
        Assert.Contains("无权使用此链接", await stranger.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK), (owner.StatusCode, byClaims.StatusCode, done.StatusCode));
        var contact = Assert.Single(await site.Storage.Items.GetContactsAsync(item.Number, item.Session).ToListAsync());
        Assert.Equal((ContactMethod.Phone, ContactPhase.Before, "head.planning@example.gov.cn"), (contact.Method, contact.Phase, contact.RecordedBy));
    }

    [Fact]
    public async Task WithoutSignInTheHeadersAreNotTrusted()
    {
        await using var site = await ActionSite.StartAsync(azurite);
        var item = await site.AddAsync();
        var link = await site.LinkAsync(item, ItemAction.SignFor);

        var spoofed = await Send(site.Client, HttpMethod.Get, link, ("X-MS-CLIENT-PRINCIPAL-NAME", "wangwu@example.gov.cn"));

        Assert.Equal(HttpStatusCode.OK, spoofed.StatusCode);
    }

    [Fact]
    public async Task TheOfficeCanHaveThePagesInEnglish()
    {
        await using var site = await ActionSite.StartAsync(azurite, new ActionPagesOptions { Language = Language.English });
        var item = await site.AddAsync(signed: true);
        var link = await site.LinkAsync(item, ItemAction.LogContact);

        var page = await site.Client.GetStringAsync(link);

        Assert.Contains("<html lang=\"en\">", page, StringComparison.Ordinal);
        Assert.Contains("<h1>Log a contact</h1>", page, StringComparison.Ordinal);
        Assert.Contains("before handling", page, StringComparison.Ordinal);
    }

    private static Task<HttpResponseMessage> Send(HttpClient client, HttpMethod method, Uri link, params (string Name, string Value)[] headers)
    {
        var request = new HttpRequestMessage(method, link);
        foreach (var (name, value) in headers)
        {
            request.Headers.Add(name, value);
        }

        return client.SendAsync(request);
    }

    /// <summary>What App Service Authentication sends: base64 of the claims as JSON.</summary>
    private static string Principal(params (string Type, string Value)[] claims) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes(System.Text.Json.JsonSerializer.Serialize(new
        {
            auth_typ = "aad",
            claims = claims.Select(c => new { typ = c.Type, val = c.Value }),
            name_typ = "http://schemas.xmlsoap.org/ws/2005/05/identity/claims/name",
            role_typ = "http://schemas.microsoft.com/ws/2008/06/identity/claims/role",
        })));
}
