using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;

namespace SuggestionDesk.PowerShell.Tests.Faults;

/// <summary>
/// A TCP link on 127.0.0.1 to the emulator's table endpoint that a test can cut, as a network or a store going away
/// in the middle of a command: after <see cref="Cut"/> every connection is closed and new ones are refused; after
/// <see cref="Throttle"/> every request is answered 503 ServerBusy, as a throttled account answers.
/// </summary>
internal sealed partial class StoreLink : IDisposable
{
    private readonly TcpListener listener = new(IPAddress.Loopback, 0);
    private readonly List<TcpClient> open = [];
    private readonly IPEndPoint target;
    private volatile bool throttled;

    public StoreLink(string connectionString)
    {
        var endpoint = TableEndpoint().Match(connectionString);
        target = new IPEndPoint(IPAddress.Loopback, int.Parse(endpoint.Groups["port"].Value, System.Globalization.CultureInfo.InvariantCulture));
        listener.Start();
        ConnectionString = TableEndpoint().Replace(connectionString, m => $"{m.Groups["scheme"].Value}127.0.0.1:{((IPEndPoint)listener.LocalEndpoint).Port}");
        _ = Task.Run(AcceptAsync);
    }

    /// <summary>The emulator's connection string with the table endpoint going through this link.</summary>
    public string ConnectionString { get; }

    /// <summary>Closes every connection and refuses new ones.</summary>
    public void Cut()
    {
        listener.Stop();
        lock (open)
        {
            open.ForEach(c => c.Dispose());
            open.Clear();
        }
    }

    /// <summary>Closes every connection; new ones are answered 503 ServerBusy.</summary>
    public void Throttle()
    {
        throttled = true;
        lock (open)
        {
            open.ForEach(c => c.Dispose());
            open.Clear();
        }
    }

    public void Dispose() => Cut();

    private async Task AcceptAsync()
    {
        try
        {
            while (true)
            {
                var client = await listener.AcceptTcpClientAsync();
                if (throttled)
                {
                    _ = AnswerBusyAsync(client);
                    continue;
                }

                var server = new TcpClient();
                await server.ConnectAsync(target);
                lock (open)
                {
                    open.Add(client);
                    open.Add(server);
                }

                _ = PumpAsync(client, server);
                _ = PumpAsync(server, client);
            }
        }
        catch (Exception e) when (e is SocketException or ObjectDisposedException or InvalidOperationException)
        {
            // Cut.
        }
    }

    private static async Task AnswerBusyAsync(TcpClient client)
    {
        using (client)
        {
            try
            {
                var stream = client.GetStream();
                var buffer = new byte[64 * 1024];
                _ = await stream.ReadAsync(buffer);
                const string body = """{"odata.error":{"code":"ServerBusy","message":{"lang":"en-US","value":"The server is busy."}}}""";
                var answer = "HTTP/1.1 503 Server Busy\r\nx-ms-error-code: ServerBusy\r\nContent-Type: application/json;odata=minimalmetadata\r\n"
                    + $"Content-Length: {System.Text.Encoding.UTF8.GetByteCount(body)}\r\nConnection: close\r\n\r\n{body}";
                await stream.WriteAsync(System.Text.Encoding.UTF8.GetBytes(answer));
            }
            catch (Exception e) when (e is IOException or SocketException or ObjectDisposedException)
            {
                // The client went away.
            }
        }
    }

    private static async Task PumpAsync(TcpClient from, TcpClient to)
    {
        try
        {
            await from.GetStream().CopyToAsync(to.GetStream());
            to.Client.Shutdown(SocketShutdown.Send);
        }
        catch (Exception e) when (e is IOException or SocketException or ObjectDisposedException or InvalidOperationException)
        {
            from.Dispose();
            to.Dispose();
        }
    }

    [GeneratedRegex(@"(?<=TableEndpoint=)(?<scheme>https?://)127\.0\.0\.1:(?<port>[0-9]+)")]
    private static partial Regex TableEndpoint();
}
