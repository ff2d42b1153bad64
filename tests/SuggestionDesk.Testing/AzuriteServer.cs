using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;

namespace SuggestionDesk.Testing;

/// <summary>
/// The real storage emulator for tests. <c>./build.sh test</c> starts Azurite and passes its connection
/// string in <c>SUGGESTIONDESK_STORAGE</c>; run from an IDE without it, this starts the project's pinned
/// Azurite (tools/azurite) on a free 127.0.0.1 port with a throw-away account key, and stops it on dispose.
/// </summary>
public sealed class AzuriteServer : IAsyncDisposable
{
    /// <summary>The variable build.sh sets.</summary>
    public const string Variable = "SUGGESTIONDESK_STORAGE";

    private readonly Process? process;

    private AzuriteServer(string connectionString, Process? process)
    {
        ConnectionString = connectionString;
        this.process = process;
    }

    /// <summary>The connection string to the emulator's table and blob endpoints.</summary>
    public string ConnectionString { get; }

    /// <summary>Connects to the emulator named by <see cref="Variable"/>, or starts one.</summary>
    public static async Task<AzuriteServer> StartAsync()
    {
        if (Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } given)
        {
            return new AzuriteServer(given, process: null);
        }

        var root = Repository.Root;
        var azurite = Path.Combine(root, "tools", "azurite", "node_modules", ".bin", "azurite");
        if (!File.Exists(azurite))
        {
            throw new InvalidOperationException(
                $"Azurite is not installed at {azurite}. Run ./build.sh test (it runs 'npm ci' in tools/azurite), or set {Variable} to a storage connection string.");
        }

        var port = FreePort();
        var blobPort = FreePort();
        var queuePort = FreePort();
        var key = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
        var start = new ProcessStartInfo(azurite)
        {
            ArgumentList =
            {
                "--inMemoryPersistence", "--tableHost", "127.0.0.1", "--tablePort", port.ToString(), "--blobHost", "127.0.0.1", "--blobPort", blobPort.ToString(),
                "--queueHost", "127.0.0.1", "--queuePort", queuePort.ToString(), "--skipApiVersionCheck", "--disableTelemetry", "--silent",
            },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            Environment = { ["AZURITE_ACCOUNTS"] = $"sdtest:{key}" },
        };
        var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {azurite}.");
        await WaitForPortAsync(port, process);
        await WaitForPortAsync(blobPort, process);
        return new AzuriteServer(
            $"DefaultEndpointsProtocol=http;AccountName=sdtest;AccountKey={key};TableEndpoint=http://127.0.0.1:{port}/sdtest;BlobEndpoint=http://127.0.0.1:{blobPort}/sdtest;", process);
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        if (process is { HasExited: false })
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        process?.Dispose();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static async Task WaitForPortAsync(int port, Process process)
    {
        for (var attempt = 0; attempt < 200; attempt++)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"Azurite exited with code {process.ExitCode}: {await process.StandardError.ReadToEndAsync()}");
            }

            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync(IPAddress.Loopback, port);
                return;
            }
            catch (SocketException)
            {
                await Task.Delay(100);
            }
        }

        throw new TimeoutException($"Azurite did not open 127.0.0.1:{port} within 20 seconds.");
    }
}
