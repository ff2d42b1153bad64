using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace SuggestionDesk.Testing.Smtp;

/// <summary>One message the SMTP recorder accepted.</summary>
/// <param name="From">The MAIL FROM address.</param>
/// <param name="Recipients">The accepted RCPT TO addresses.</param>
/// <param name="Data">The message as sent after DATA (dot-unstuffed), ready for MimeKit.</param>
/// <param name="Connection">Which connection it came on, from 1.</param>
public sealed record SmtpRecording(string From, IReadOnlyList<string> Recipients, byte[] Data, int Connection);

/// <summary>
/// A minimal SMTP server on 127.0.0.1 for tests (RFC 5321 subset: EHLO, AUTH PLAIN, MAIL, RCPT, DATA, RSET,
/// NOOP, QUIT; no TLS): it records what a real MailKit client sends and can refuse chosen recipients.
/// </summary>
public sealed class SmtpRecorder : IAsyncDisposable
{
    private readonly TcpListener listener;
    private readonly ConcurrentQueue<SmtpRecording> messages = new();
    private readonly ConcurrentQueue<string> logins = new();
    private readonly CancellationTokenSource stop = new();
    private readonly Task loop;
    private int connections;
    private int disposed;

    /// <summary>Starts a recorder on a free 127.0.0.1 port.</summary>
    public SmtpRecorder()
    {
        listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        loop = Task.Run(AcceptAsync);
    }

    /// <summary>The port to connect to.</summary>
    public int Port => ((IPEndPoint)listener.LocalEndpoint).Port;

    /// <summary>Recipients answered with 550 at RCPT TO.</summary>
    public ConcurrentDictionary<string, bool> Refused { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>When set, the server offers AUTH PLAIN and accepts only this user and password.</summary>
    public (string User, string Password)? Login { get; set; }

    /// <summary>The messages accepted so far.</summary>
    public IReadOnlyList<SmtpRecording> Messages => messages.ToList();

    /// <summary>The user names that signed in.</summary>
    public IReadOnlyList<string> Logins => logins.ToList();

    /// <summary>How many connections were opened.</summary>
    public int Connections => Volatile.Read(ref connections);

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref disposed, 1) == 1)
        {
            return;
        }

        await stop.CancelAsync().ConfigureAwait(false);
        listener.Stop();
        try
        {
            await loop.ConfigureAwait(false);
        }
        catch (Exception e) when (e is OperationCanceledException or SocketException or ObjectDisposedException)
        {
            // Stopped.
        }

        stop.Dispose();
    }

    private async Task AcceptAsync()
    {
        while (!stop.IsCancellationRequested)
        {
            var socket = await listener.AcceptTcpClientAsync(stop.Token).ConfigureAwait(false);
            var number = Interlocked.Increment(ref connections);
            _ = Task.Run(() => ServeAsync(socket, number));
        }
    }

    private async Task ServeAsync(TcpClient socket, int number)
    {
        using var _ = socket;
        var stream = socket.GetStream();
        var reader = new StreamReader(stream, Encoding.UTF8, false);
        var writer = new StreamWriter(stream, new UTF8Encoding(false)) { NewLine = "\r\n", AutoFlush = true };
        await writer.WriteLineAsync("220 recorder.test ESMTP").ConfigureAwait(false);
        string? from = null;
        var recipients = new List<string>();
        try
        {
            while (await reader.ReadLineAsync(stop.Token).ConfigureAwait(false) is { } line)
            {
                var verb = line.Split(' ', 2)[0].ToUpperInvariant();
                switch (verb)
                {
                    case "EHLO":
                        await writer.WriteLineAsync("250-recorder.test").ConfigureAwait(false);
                        await writer.WriteLineAsync("250-8BITMIME").ConfigureAwait(false);
                        await writer.WriteLineAsync(Login is null ? "250 SMTPUTF8" : "250-SMTPUTF8").ConfigureAwait(false);
                        if (Login is not null)
                        {
                            await writer.WriteLineAsync("250 AUTH PLAIN").ConfigureAwait(false);
                        }

                        break;
                    case "AUTH":
                        await writer.WriteLineAsync(Authenticate(line) ? "235 2.7.0 Authentication successful" : "535 5.7.8 Authentication credentials invalid").ConfigureAwait(false);
                        break;
                    case "MAIL":
                        from = Address(line);
                        recipients.Clear();
                        await writer.WriteLineAsync("250 2.1.0 OK").ConfigureAwait(false);
                        break;
                    case "RCPT":
                        var to = Address(line);
                        if (Refused.ContainsKey(to))
                        {
                            await writer.WriteLineAsync($"550 5.1.1 <{to}>: Recipient address rejected: User unknown").ConfigureAwait(false);
                        }
                        else
                        {
                            recipients.Add(to);
                            await writer.WriteLineAsync("250 2.1.5 OK").ConfigureAwait(false);
                        }

                        break;
                    case "DATA":
                        await writer.WriteLineAsync("354 End data with <CR><LF>.<CR><LF>").ConfigureAwait(false);
                        var data = await ReadDataAsync(reader).ConfigureAwait(false);
                        messages.Enqueue(new SmtpRecording(from ?? string.Empty, recipients.ToList(), data, number));
                        await writer.WriteLineAsync("250 2.0.0 OK queued").ConfigureAwait(false);
                        break;
                    case "RSET":
                    case "NOOP":
                        await writer.WriteLineAsync("250 2.0.0 OK").ConfigureAwait(false);
                        break;
                    case "QUIT":
                        await writer.WriteLineAsync("221 2.0.0 Bye").ConfigureAwait(false);
                        return;
                    default:
                        await writer.WriteLineAsync("502 5.5.2 Command not recognized").ConfigureAwait(false);
                        break;
                }
            }
        }
        catch (Exception e) when (e is IOException or OperationCanceledException or ObjectDisposedException)
        {
            // The client went away.
        }
    }

    private bool Authenticate(string line)
    {
        var parts = line.Split(' ');
        if (Login is not { } expected || parts.Length < 3 || !parts[1].Equals("PLAIN", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var fields = Encoding.UTF8.GetString(Convert.FromBase64String(parts[2])).Split('\0');
        var ok = fields.Length == 3 && fields[1] == expected.User && fields[2] == expected.Password;
        if (ok)
        {
            logins.Enqueue(fields[1]);
        }

        return ok;
    }

    private static string Address(string line)
    {
        var start = line.IndexOf('<', StringComparison.Ordinal);
        var end = line.IndexOf('>', StringComparison.Ordinal);
        return start >= 0 && end > start ? line[(start + 1)..end] : string.Empty;
    }

    private static async Task<byte[]> ReadDataAsync(StreamReader reader)
    {
        var text = new StringBuilder();
        while (await reader.ReadLineAsync().ConfigureAwait(false) is { } line && line != ".")
        {
            text.Append(line.StartsWith("..", StringComparison.Ordinal) ? line[1..] : line).Append("\r\n");
        }

        return Encoding.UTF8.GetBytes(text.ToString());
    }
}
