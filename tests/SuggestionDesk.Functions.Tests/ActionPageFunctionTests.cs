using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using SuggestionDesk.Functions.Http;
using SuggestionDesk.Functions.Timers;
using SuggestionDesk.Storage;

namespace SuggestionDesk.Functions.Tests;

/// <summary>The action pages as the app serves them: its own registration, its functions' metadata, and the timer's links.</summary>
public sealed partial class ActionPageFunctionTests : IAsyncLifetime
{
    private const string BaseUrl = "https://sd-func.example.cn/";
    private readonly GraphRecorder graph = GraphRecorder.Start();
    private readonly string prefix = "fn" + Guid.NewGuid().ToString("N")[..10];
    private AzuriteServer azurite = null!;

    public async Task InitializeAsync()
    {
        azurite = await AzuriteServer.StartAsync();
        await SignedItemStore.CreateAsync(azurite.ConnectionString, prefix, withHead: true);
    }

    public async Task DisposeAsync()
    {
        await graph.DisposeAsync();
        await azurite.DisposeAsync();
    }

    [Fact]
    public void ThePagesAreAnonymousHttpFunctionsAtActTokenWithNoRoutePrefix()
    {
        using var metadata = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "functions.metadata")));
        using var host = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "host.json")));

        var triggers = metadata.RootElement.EnumerateArray()
            .Where(f => f.GetProperty("name").GetString()!.StartsWith("Action", StringComparison.Ordinal))
            .Select(f => f.GetProperty("bindings").EnumerateArray().Single(b => b.GetProperty("type").GetString() == "httpTrigger"))
            .Select(b => $"{b.GetProperty("methods")[0].GetString()} {b.GetProperty("route").GetString()} {b.GetProperty("authLevel").GetString()}")
            .Order(StringComparer.Ordinal);

        Assert.Equal(["get act/{token} Anonymous", "post act/{token} Anonymous"], triggers);
        Assert.Equal(string.Empty, host.RootElement.GetProperty("extensions").GetProperty("http").GetProperty("routePrefix").GetString());
    }

    [Fact]
    public async Task WithABaseUrlTheTimersRemindersCarryLinksTheAppsPageOpensWithoutChangingAnything()
    {
        await using var app = Start(new DateOnly(2026, 10, 9), BaseUrl);

        await app.Create<ReminderFunctions>().RemindersAsync(new TimerInfo(), CancellationToken.None);
        var links = Links(graph.Requests.Single(r => r.Recipient == "lisi@example.gov.cn").Json.GetProperty("Message").GetProperty("body").GetProperty("content").GetString()!);
        var contact = links.Single(l => l.Label == "登记沟通").Url;
        var (status, page, cookie) = await SendAsync(app, "GET", new Uri(contact).AbsolutePath);

        Assert.Equal(4, links.Length);
        Assert.All(links, l => Assert.StartsWith(BaseUrl + "act/", l.Url, StringComparison.Ordinal));
        Assert.Equal(StatusCodes.Status200OK, status);
        Assert.Contains("<h1>登记沟通</h1>", page, StringComparison.Ordinal);
        Assert.Contains("sd-form=", cookie, StringComparison.Ordinal);
        Assert.Contains("SameSite=Strict", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Empty(await app.Storage.Items.GetContactsAsync(SuggestionNumber.Parse("2026/0001"), SuggestionDesk.Testing.Items.Session).ToListAsync());
    }

    [Fact]
    public async Task WithoutABaseUrlTheTimersRemindersCarryNoLinks()
    {
        await using var app = Start(new DateOnly(2026, 10, 9), baseUrl: null);

        await app.Create<ReminderFunctions>().RemindersAsync(new TimerInfo(), CancellationToken.None);

        Assert.All(graph.Requests, r => Assert.DoesNotContain("/act/", r.Json.GetProperty("Message").GetProperty("body").GetProperty("content").GetString(), StringComparison.Ordinal));
        Assert.NotEmpty(graph.Requests);
    }

    [Fact]
    public async Task TheAppsSubmitFunctionActsOnceAndRefusesAFormWithoutItsCookie()
    {
        await using var app = Start(new DateOnly(2026, 10, 9), BaseUrl);
        await app.Create<ReminderFunctions>().RemindersAsync(new TimerInfo(), CancellationToken.None);
        var links = Links(graph.Requests.Single(r => r.Recipient == "lisi@example.gov.cn").Json.GetProperty("Message").GetProperty("body").GetProperty("content").GetString()!);
        var path = new Uri(links.Single(l => l.Label == "报告进展").Url).AbsolutePath;
        var (_, page, cookie) = await SendAsync(app, "GET", path);
        var form = Hidden(page) + "&date=2026-10-09&text=" + Uri.EscapeDataString("已完成初稿");

        var (withoutCookie, _, _) = await SendAsync(app, "POST", path, form);
        var (done, donePage, _) = await SendAsync(app, "POST", path, form, cookie.Split(';')[0]);
        var (again, _, _) = await SendAsync(app, "POST", path, form, cookie.Split(';')[0]);

        Assert.Equal((StatusCodes.Status400BadRequest, StatusCodes.Status200OK, StatusCodes.Status410Gone), (withoutCookie, done, again));
        Assert.Contains("已提交：报告进展", donePage, StringComparison.Ordinal);
        var item = await app.Storage.Items.FindAsync(SuggestionNumber.Parse("2026/0001"));
        Assert.Equal(("已完成初稿", "李四 <lisi@example.gov.cn>"), (Assert.Single(item!.Progress).Text, item.Progress[0].ReportedBy));
    }

    [Fact]
    public async Task LinksTurnedOnWithoutABaseUrlAreAtTheAppsOwnHostName()
    {
        var settings = FunctionsApp.Settings(azurite.ConnectionString, graph, prefix);
        settings["SuggestionDesk:ActionLinks"] = "true";
        settings["WEBSITE_HOSTNAME"] = "sd-func.example.cn";
        await using var app = FunctionsApp.Start(settings, new DateOnly(2026, 10, 9));

        await app.Create<ReminderFunctions>().RemindersAsync(new TimerInfo(), CancellationToken.None);

        var body = graph.Requests.Single(r => r.Recipient == "lisi@example.gov.cn").Json.GetProperty("Message").GetProperty("body").GetProperty("content").GetString()!;
        Assert.All(Links(body), l => Assert.StartsWith("https://sd-func.example.cn/act/", l.Url, StringComparison.Ordinal));
        settings.Remove("WEBSITE_HOSTNAME");
        settings["SuggestionDesk:Language"] = "English";
        var error = Assert.Throws<InvalidOperationException>(() => FunctionsApp.Start(settings, new DateOnly(2026, 10, 9)));
        Assert.Contains("SuggestionDesk__ActionBaseUrl: missing.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ABadBaseUrlOrReplyContainerStopsStartUpNamingTheSetting()
    {
        var settings = FunctionsApp.Settings(azurite.ConnectionString, graph, prefix);
        settings["SuggestionDesk:ActionBaseUrl"] = "http://sd-func.example.cn/?x=1";
        settings["SuggestionDesk:ReplyContainer"] = "Replies_2026";
        settings["SuggestionDesk:Language"] = "English";

        var error = Assert.Throws<InvalidOperationException>(() => FunctionsApp.Start(settings, new DateOnly(2026, 10, 9)));

        Assert.Contains("SuggestionDesk__ActionBaseUrl: 'http://sd-func.example.cn/?x=1' is not the https address", error.Message, StringComparison.Ordinal);
        Assert.Contains("SuggestionDesk__ReplyContainer: 'Replies_2026'", error.Message, StringComparison.Ordinal);
    }

    private FunctionsApp Start(DateOnly today, string? baseUrl)
    {
        var settings = FunctionsApp.Settings(azurite.ConnectionString, graph, prefix);
        settings["SuggestionDesk:ActionBaseUrl"] = baseUrl;
        settings["SuggestionDesk:ReplyContainer"] = prefix + "replies";
        return FunctionsApp.Start(settings, today);
    }

    /// <summary>Calls the app's function for <paramref name="method"/> as the worker would, with an ASP.NET Core request.</summary>
    private static async Task<(int Status, string Body, string SetCookie)> SendAsync(FunctionsApp app, string method, string path, string? form = null, string? cookie = null)
    {
        var context = new DefaultHttpContext();
        context.Request.Method = method;
        context.Request.Scheme = "https";
        context.Request.Host = new HostString("sd-func.example.cn");
        context.Request.Path = path;
        if (cookie is not null)
        {
            context.Request.Headers.Cookie = cookie;
        }

        if (form is not null)
        {
            context.Request.ContentType = "application/x-www-form-urlencoded";
            context.Request.Body = new MemoryStream(Encoding.UTF8.GetBytes(form));
        }

        var body = new MemoryStream();
        context.Response.Body = body;
        var token = path.Split('/')[^1];
        var functions = app.Create<ActionPageFunctions>();
        await (method == "GET" ? functions.ShowAsync(context.Request, token) : functions.SubmitAsync(context.Request, token));
        return (context.Response.StatusCode, Encoding.UTF8.GetString(body.ToArray()), context.Response.Headers.SetCookie.ToString());
    }

    private static string Hidden(string page) => string.Join("&", HiddenField().Matches(page)
        .Select(m => $"{m.Groups[1].Value}={Uri.EscapeDataString(System.Net.WebUtility.HtmlDecode(m.Groups[2].Value))}"));

    private static (string Label, string Url)[] Links(string html) =>
        LinkAnchor().Matches(html).Select(m => (m.Groups[2].Value, System.Net.WebUtility.HtmlDecode(m.Groups[1].Value))).ToArray();

    [GeneratedRegex("<input type=\"hidden\" name=\"([a-z]+)\" value=\"([^\"]*)\">")]
    private static partial Regex HiddenField();

    [GeneratedRegex("<a href=\"([^\"]+)\"[^>]*>([^<]+)</a>")]
    private static partial Regex LinkAnchor();
}
