using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;

namespace SuggestionDesk.Testing.Graph;

/// <summary>
/// A local stand-in for Microsoft Graph at the HTTP boundary, on 127.0.0.1: it records every request the real
/// Microsoft.Graph SDK makes and answers like Graph's mail endpoints (sendMail 202, a draft 201 with an id,
/// createUploadSession with an upload URL on this server, upload slices, send 202). Tests add rules that answer
/// differently (429 with Retry-After, 500 for one recipient, a slow answer); the newest matching rule wins.
/// </summary>
public sealed class GraphRecorder : IAsyncDisposable
{
    private readonly HttpListener listener;
    private readonly ConcurrentQueue<RecordedRequest> requests = new();
    private readonly List<Func<RecordedRequest, RecordedResponse?>> rules = [];
    private readonly Task loop;
    private int sequence;
    private int inFlight;
    private int maxInFlight;
    private int drafts;

    private GraphRecorder(HttpListener listener, Uri root)
    {
        this.listener = listener;
        Root = root;
        loop = Task.Run(AcceptAsync);
    }

    /// <summary>The server's root, e.g. <c>http://127.0.0.1:40123/</c>.</summary>
    public Uri Root { get; }

    /// <summary>The Graph base URL to give the SDK: <c>{Root}v1.0</c>.</summary>
    public string BaseUrl => new Uri(Root, "v1.0").ToString();

    /// <summary>Every request so far, in order of arrival.</summary>
    public IReadOnlyList<RecordedRequest> Requests => requests.OrderBy(r => r.Sequence).ToList();

    /// <summary>The most requests that were being answered at the same time.</summary>
    public int MaxInFlight => Volatile.Read(ref maxInFlight);

    /// <summary>Starts a recorder on a free 127.0.0.1 port.</summary>
    public static GraphRecorder Start()
    {
        for (var attempt = 0; ; attempt++)
        {
            var root = new Uri($"http://127.0.0.1:{FreePort()}/");
            var listener = new HttpListener();
            listener.Prefixes.Add(root.ToString());
            try
            {
                listener.Start();
                return new GraphRecorder(listener, root);
            }
            catch (HttpListenerException) when (attempt < 5)
            {
                listener.Close();
            }
        }
    }

    /// <summary>Adds a rule: return a response to answer a request with, or null to leave it to older rules and the defaults.</summary>
    public void Respond(Func<RecordedRequest, RecordedResponse?> rule)
    {
        lock (rules)
        {
            rules.Insert(0, rule);
        }
    }

    /// <summary>Answers the first <paramref name="times"/> requests matching <paramref name="match"/> with <paramref name="response"/>.</summary>
    public void RespondTimes(int times, Func<RecordedRequest, bool> match, RecordedResponse response)
    {
        var left = times;
        Respond(r => match(r) && Interlocked.Decrement(ref left) >= 0 ? response : null);
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        listener.Stop();
        listener.Close();
        try
        {
            await loop.ConfigureAwait(false);
        }
        catch (Exception e) when (e is HttpListenerException or ObjectDisposedException)
        {
            // Stopping the listener ends the accept loop.
        }
    }

    private async Task AcceptAsync()
    {
        while (listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await listener.GetContextAsync().ConfigureAwait(false);
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            _ = Task.Run(() => AnswerAsync(context));
        }
    }

    private async Task AnswerAsync(HttpListenerContext context)
    {
        var now = Interlocked.Increment(ref inFlight);
        for (var seen = Volatile.Read(ref maxInFlight); now > seen; seen = Volatile.Read(ref maxInFlight))
        {
            Interlocked.CompareExchange(ref maxInFlight, now, seen);
        }

        try
        {
            var request = await ReadAsync(context.Request).ConfigureAwait(false);
            requests.Enqueue(request);
            var response = Match(request) ?? Default(request);
            if (response.Delay > TimeSpan.Zero)
            {
                await Task.Delay(response.Delay).ConfigureAwait(false);
            }

            await WriteAsync(context.Response, response).ConfigureAwait(false);
        }
        catch (Exception e) when (e is HttpListenerException or IOException or ObjectDisposedException)
        {
            // The client gave up (a timeout test); nothing to answer.
        }
        finally
        {
            Interlocked.Decrement(ref inFlight);
        }
    }

    private async Task<RecordedRequest> ReadAsync(HttpListenerRequest request)
    {
        using var body = new MemoryStream();
        await request.InputStream.CopyToAsync(body).ConfigureAwait(false);
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var name in request.Headers.AllKeys.OfType<string>())
        {
            headers[name] = request.Headers[name] ?? string.Empty;
        }

        var path = Uri.UnescapeDataString(request.Url!.AbsolutePath);
        return new RecordedRequest(request.HttpMethod, path, headers, body.ToArray(), Interlocked.Increment(ref sequence));
    }

    private RecordedResponse? Match(RecordedRequest request)
    {
        lock (rules)
        {
            return rules.Select(rule => rule(request)).FirstOrDefault(response => response is not null);
        }
    }

    private RecordedResponse Default(RecordedRequest request)
    {
        if (request.Is("POST", "/sendMail") || request.Is("POST", "/send"))
        {
            return RecordedResponse.Accepted;
        }

        if (request.Is("POST", "/messages"))
        {
            var id = $"draft-{Interlocked.Increment(ref drafts)}";
            return new RecordedResponse(201, JsonSerializer.Serialize(new Dictionary<string, object> { ["id"] = id, ["isDraft"] = true }));
        }

        if (request.Is("POST", "/attachments/createUploadSession"))
        {
            var session = Guid.NewGuid().ToString("N");
            return new RecordedResponse(201, JsonSerializer.Serialize(new Dictionary<string, object>
            {
                ["uploadUrl"] = new Uri(Root, $"upload/{session}").ToString(),
                ["expirationDateTime"] = DateTimeOffset.UtcNow.AddHours(1).ToString("o", CultureInfo.InvariantCulture),
                ["nextExpectedRanges"] = new[] { "0-" },
            }));
        }

        if (request.Method == "PUT" && request.Path.StartsWith("/upload/", StringComparison.Ordinal))
        {
            return UploadSlice(request);
        }

        return RecordedResponse.Error(404, "ResourceNotFound", $"The recorder does not serve {request.Method} {request.Path}.");
    }

    // Content-Range: bytes 0-327679/4194304. Outlook answers 200 with the next range, then 201 with a Location.
    private RecordedResponse UploadSlice(RecordedRequest request)
    {
        var range = request.Header("Content-Range") ?? string.Empty;
        var parts = range.Replace("bytes ", string.Empty, StringComparison.Ordinal).Split('-', '/');
        var end = long.Parse(parts[1], CultureInfo.InvariantCulture);
        var total = long.Parse(parts[2], CultureInfo.InvariantCulture);
        if (end + 1 < total)
        {
            return new RecordedResponse(200, JsonSerializer.Serialize(new Dictionary<string, object>
            {
                ["expirationDateTime"] = DateTimeOffset.UtcNow.AddHours(1).ToString("o", CultureInfo.InvariantCulture),
                ["nextExpectedRanges"] = new[] { $"{end + 1}-" },
            }));
        }

        return new RecordedResponse(201, null, new Dictionary<string, string> { ["Location"] = new Uri(Root, "v1.0/attachments/uploaded").ToString() });
    }

    private static async Task WriteAsync(HttpListenerResponse response, RecordedResponse answer)
    {
        response.StatusCode = answer.Status;
        foreach (var (name, value) in answer.Headers ?? new Dictionary<string, string>())
        {
            response.AddHeader(name, value);
        }

        if (answer.Json is { } json)
        {
            var bytes = Encoding.UTF8.GetBytes(json);
            response.ContentType = "application/json";
            response.ContentLength64 = bytes.Length;
            await response.OutputStream.WriteAsync(bytes).ConfigureAwait(false);
        }

        response.Close();
    }

    private static int FreePort()
    {
        using var socket = new TcpListener(IPAddress.Loopback, 0);
        socket.Start();
        return ((IPEndPoint)socket.LocalEndpoint).Port;
    }
}
