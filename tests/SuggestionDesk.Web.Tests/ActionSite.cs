using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Time.Testing;
using SuggestionDesk.Calendar;
using SuggestionDesk.Services;
using SuggestionDesk.Storage;

namespace SuggestionDesk.Web.Tests;

/// <summary>
/// One office's action pages on the local host (127.0.0.1, a free port) over fresh tables and a fresh reply container
/// on Azurite, its clock at 09:30 on 2026-11-27; and a browser-like client that keeps cookies.
/// </summary>
internal sealed partial class ActionSite : IAsyncDisposable
{
    public const string Lisi = "lisi@example.gov.cn";
    public const string Head = "head.planning@example.gov.cn";
    public static readonly DateOnly Today = new(2026, 11, 27);

    private ActionSite(SuggestionStorage storage, BlobReplyDocumentStore documents, FakeTimeProvider clock, LocalActionHost host)
    {
        Storage = storage;
        Documents = documents;
        Clock = clock;
        Host = host;
        Suggestions = new SuggestionService(storage.Items, new ItemDeadlines(DeadlinePolicy.Default, WorkingDayCalendar.BuiltIn), clock);
        Issuer = new ActionLinkIssuer(storage.Items, storage.ActionLinks, storage.ActionLinkPolicies, host.BaseUrl, clock);
        Client = NewClient();
    }

    public SuggestionStorage Storage { get; }

    public BlobReplyDocumentStore Documents { get; }

    public FakeTimeProvider Clock { get; }

    public LocalActionHost Host { get; }

    public SuggestionService Suggestions { get; }

    public ActionLinkIssuer Issuer { get; }

    /// <summary>A client like one browser: it keeps the site's cookies.</summary>
    public HttpClient Client { get; }

    public ChangeContext Office => new("督办室", Clock);

    public static async Task<ActionSite> StartAsync(AzuriteFixture azurite, ActionPagesOptions? options = null)
    {
        var names = AzuriteFixture.NewNames();
        var storage = SuggestionStorage.FromConnectionString(azurite.ConnectionString, names.Prefix);
        await storage.CheckAsync();
        await storage.Directory.SetHeadAsync("规划发展处", Head);
        var documents = BlobReplyDocumentStore.FromConnectionString(azurite.ConnectionString, names.Prefix.ToLowerInvariant() + "replies");
        var clock = TestClock.At(Today);
        clock.AutoAdvanceAmount = TimeSpan.FromMilliseconds(1);
        var host = await LocalActionHost.StartAsync(new ActionLinkServices(storage, documents, clock), options);
        return new ActionSite(storage, documents, clock, host);
    }

    public HttpClient NewClient() => new(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false }) { BaseAddress = Host.BaseUrl };

    /// <summary>A Lead item of 李四's assigned on Wednesday 2026-11-25, signed for the next day when asked.</summary>
    public async Task<SuggestionItem> AddAsync(string number = "20210347", bool signed = false, HandlingRole role = HandlingRole.Lead)
    {
        var item = await Suggestions.AddAsync(Testing.Items.Spec(number, role: role) with { AssignedOn = new DateOnly(2026, 11, 25) }, Office);
        return signed ? await Suggestions.ChangeAsync(item.Number, null, false, i => i.SignFor(new DateOnly(2026, 11, 26), Office)) : item;
    }

    /// <summary>Issues the item's links to <paramref name="recipient"/>; the address of the one for <paramref name="action"/>.</summary>
    public async Task<Uri> LinkAsync(SuggestionItem item, ItemAction action, string recipient = Lisi) =>
        (await Issuer.IssueAsync(item, recipient, Suggestions.Deadlines, Today)).Single(l => l.Action == action).Url;

    public async Task<SuggestionItem> ItemAsync(string number = "20210347") => await Suggestions.GetAsync(SuggestionNumber.Parse(number));

    public async Task<string[]> HistoryAsync(string number = "20210347") =>
        (await Storage.Items.GetHistoryAsync(SuggestionNumber.Parse(number), Testing.Items.Session).ToListAsync()).Select(h => h.Action).ToArray();

    public async Task<ActionLink> StoredAsync(Uri link)
    {
        Assert.True(ActionToken.TryRead(link.Segments[^1], out var token));
        return (await Storage.ActionLinks.FindAsync(token!.Hash))!;
    }

    /// <summary>The form's hidden fields (version, anti-forgery) from a page.</summary>
    public static Dictionary<string, string> Hidden(string html) =>
        HiddenField().Matches(html).ToDictionary(m => m.Groups[1].Value, m => WebUtility.HtmlDecode(m.Groups[2].Value));

    /// <summary>Posts the page's hidden fields and <paramref name="fields"/> to <paramref name="link"/>.</summary>
    public static Task<HttpResponseMessage> PostAsync(HttpClient client, Uri link, string page, params (string Name, string Value)[] fields) =>
        client.PostAsync(link, new FormUrlEncodedContent([.. Hidden(page), .. fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value))]));

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await Host.DisposeAsync();
    }

    [GeneratedRegex("<input type=\"hidden\" name=\"([a-z]+)\" value=\"([^\"]*)\">")]
    private static partial Regex HiddenField();
}
