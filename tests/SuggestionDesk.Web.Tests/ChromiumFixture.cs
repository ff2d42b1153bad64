using Microsoft.Playwright;

namespace SuggestionDesk.Web.Tests;

/// <summary>
/// Debian's chromium, headless, driven by Playwright: launched once for the Web tests. Playwright's own browser download
/// is never used; without the Debian package the tests fail saying how to install it.
/// </summary>
public sealed class ChromiumFixture : IAsyncLifetime
{
    public const string Executable = "/usr/bin/chromium";

    private IPlaywright? playwright;

    public IBrowser Browser { get; private set; } = null!;

    /// <summary>Where the pages' screenshots go: test artefacts under artifacts/ (not committed).</summary>
    public static string Screenshots { get; } = Path.Combine(Repository.Root, "artifacts", "test", "screenshots", "action-pages");

    public async Task InitializeAsync()
    {
        if (!File.Exists(Executable))
        {
            throw new InvalidOperationException(
                $"Debian's chromium is not installed at {Executable}. Run ./build.sh test (it installs it), or: apt-get install -y --no-install-recommends chromium");
        }

        Directory.CreateDirectory(Screenshots);
        playwright = await Playwright.CreateAsync();
        Browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions { ExecutablePath = Executable, Headless = true, Args = ["--no-sandbox"] });
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        playwright?.Dispose();
    }

    /// <summary>A phone-sized browser (390×844, as an officer reads mail), sending <paramref name="headers"/> with every request.</summary>
    public async Task<Phone> PhoneAsync(Uri site, IDictionary<string, string>? headers = null)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = 390, Height = 844 },
            DeviceScaleFactor = 2,
            IsMobile = true,
            HasTouch = true,
            Locale = "zh-CN",
            ExtraHTTPHeaders = headers,
        });
        return new Phone(context, site);
    }
}

/// <summary>One browser context: its pages, every request they made, and what the console said.</summary>
public sealed class Phone(IBrowserContext context, Uri site) : IAsyncDisposable
{
    private readonly List<string> requests = [];
    private readonly List<string> console = [];
    private int shots;

    public IReadOnlyList<string> Requests => requests;

    public IReadOnlyList<string> Console => console;

    /// <summary>Requests to anywhere but the site itself (fonts, scripts, CDNs …): there must be none.</summary>
    public IReadOnlyList<string> External => requests.Where(r => !r.StartsWith(site.AbsoluteUri, StringComparison.Ordinal)).ToArray();

    public async Task<IPage> OpenAsync(Uri link)
    {
        var page = await context.NewPageAsync();
        page.Request += (_, request) => { lock (requests) { requests.Add(request.Url); } };
        page.Console += (_, message) => { lock (console) { console.Add(message.Text); } };
        await page.GotoAsync(link.AbsoluteUri);
        return page;
    }

    /// <summary>Keeps a full-page screenshot of <paramref name="page"/> as a test artefact.</summary>
    public async Task ShotAsync(IPage page, string name) =>
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ChromiumFixture.Screenshots, $"{Interlocked.Increment(ref shots):D2}-{name}.png"), FullPage = true });

    public ValueTask DisposeAsync() => context.DisposeAsync();
}
