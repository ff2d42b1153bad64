using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace SuggestionDesk.Web;

/// <summary>
/// The action pages on Kestrel at 127.0.0.1, for tests, the demo and an office trying the links before deploying: the
/// same endpoints the Functions app serves, nothing else.
/// </summary>
public sealed class LocalActionHost : IAsyncDisposable
{
    private readonly WebApplication app;

    private LocalActionHost(WebApplication app, Uri baseUrl)
    {
        this.app = app;
        BaseUrl = baseUrl;
    }

    /// <summary>The address the pages are served at, e.g. <c>http://127.0.0.1:5080/</c>: the links' base address.</summary>
    public Uri BaseUrl { get; }

    /// <summary>Starts the pages over <paramref name="services"/> on 127.0.0.1:<paramref name="port"/> (0 for a free port).</summary>
    public static async Task<LocalActionHost> StartAsync(ActionLinkServices services, ActionPagesOptions? options = null, int port = 0, CancellationToken cancellationToken = default)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(k => k.Listen(System.Net.IPAddress.Loopback, port));
        builder.Logging.ClearProviders();
        builder.Services.AddActionPages(services, options);
        var app = builder.Build();
        app.MapActionPages();
        await app.StartAsync(cancellationToken).ConfigureAwait(false);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new LocalActionHost(app, new Uri(address.EndsWith('/') ? address : address + "/"));
    }

    /// <summary>Waits until the host is stopped (Ctrl+C).</summary>
    public Task WaitForShutdownAsync(CancellationToken cancellationToken = default) => app.WaitForShutdownAsync(cancellationToken);

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await app.StopAsync().ConfigureAwait(false);
        await app.DisposeAsync().ConfigureAwait(false);
    }
}
