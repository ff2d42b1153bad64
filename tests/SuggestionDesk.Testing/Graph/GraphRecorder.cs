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
/// A message sent with 202 is delivered (<see cref="Delivered"/>) and filed in the sender's Sent Items with its
/// extended properties, where a <c>$filter</c> on the delivery key finds it; <see cref="LoseAnswers"/> accepts a send
/// and then answers 503, drops the connection or never answers, as Graph does when only its answer is lost.
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
    private int lostLeft;
    private Func<RecordedRequest, bool> loseMatch = _ => false;
    private LostAnswer lost;
    private readonly ConcurrentQueue<DeliveredMessage> delivered = new();
    private readonly ConcurrentDictionary<string, JsonElement> draftMessages = new(StringComparer.Ordinal);
    private readonly CancellationTokenSource stopping = new();

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

    /// <summary>Every message delivered (accepted by a send), in order: what the recipients got.</summary>
    public IReadOnlyList<DeliveredMessage> Delivered => delivered.ToArray();

    /// <summary>
    /// The next <paramref name="times"/> sends matching <paramref name="match"/> are delivered, and then answered as
    /// <paramref name="answer"/> says instead of 202.
    /// </summary>
    public void LoseAnswers(int times, Func<RecordedRequest, bool> match, LostAnswer answer)
    {
        loseMatch = match;
        lost = answer;
        Volatile.Write(ref lostLeft, times);
    }

    /// <summary>Files a message in Sent Items as if an earlier run had sent it (a run that died before recording).</summary>
    public void AlreadySent(string recipient, string key) => delivered.Enqueue(new DeliveredMessage(recipient, key, null));

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
        await stopping.CancelAsync().ConfigureAwait(false);
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
            var isSend = request.Is("POST", "/sendMail") || request.Is("POST", "/send");
            if (isSend && loseMatch(request) && Interlocked.Decrement(ref lostLeft) >= 0)
            {
                Deliver(request);
                await LoseAsync(context.Response).ConfigureAwait(false);
                return;
            }

            var response = Match(request) ?? Default(request);
            if (isSend && response.Status == 202)
            {
                Deliver(request);
            }

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

    private void Deliver(RecordedRequest request)
    {
        JsonElement? message = null;
        if (request.Is("POST", "/sendMail"))
        {
            var root = request.Json;
            message = root.TryGetProperty("Message", out var m) || root.TryGetProperty("message", out m) ? m : root;
        }
        else
        {
            // /users/{mailbox}/messages/{id}/send: the draft made earlier.
            var id = request.Path.Split('/')[^2];
            if (draftMessages.TryGetValue(id, out var draft))
            {
                message = draft;
            }
        }

        if (message is not { } sent)
        {
            delivered.Enqueue(new DeliveredMessage(null, null, null));
            return;
        }

        var recipient = sent.TryGetProperty("toRecipients", out var to) && to.GetArrayLength() > 0 ? to[0].GetProperty("emailAddress").GetProperty("address").GetString() : null;
        var key = sent.TryGetProperty("singleValueExtendedProperties", out var properties) && properties.ValueKind == JsonValueKind.Array
            ? properties.EnumerateArray().Select(p => p.GetProperty("value").GetString()).FirstOrDefault()
            : null;
        var subject = sent.TryGetProperty("subject", out var s) ? s.GetString() : null;
        delivered.Enqueue(new DeliveredMessage(recipient, key, subject));
    }

    private async Task LoseAsync(HttpListenerResponse response)
    {
        switch (lost)
        {
            case LostAnswer.Unavailable:
                await WriteAsync(response, RecordedResponse.Error(503, "ServiceUnavailable", "The service is temporarily unavailable.")).ConfigureAwait(false);
                break;
            case LostAnswer.Dropped:
                // HttpListener has no way to close a connection unanswered (closing sends the headers), so the answer
                // breaks off instead: it promises a body and the connection ends a few bytes in.
                response.StatusCode = 202;
                response.ContentType = "application/json";
                response.ContentLength64 = 4096;
                await response.OutputStream.WriteAsync("{\"pa"u8.ToArray()).ConfigureAwait(false);
                await response.OutputStream.FlushAsync().ConfigureAwait(false);
                response.Abort();
                break;
            default:
                try
                {
                    await Task.Delay(TimeSpan.FromMinutes(1), stopping.Token).ConfigureAwait(false);
                }
                catch (OperationCanceledException)
                {
                    // The recorder is stopping.
                }

                response.Abort();
                break;
        }
    }

    // GET .../mailFolders/SentItems/messages?$filter=singleValueExtendedProperties/Any(ep: ... and ep/value eq 'key')
    private RecordedResponse SentItems(RecordedRequest request)
    {
        var key = System.Text.RegularExpressions.Regex.Match(request.Query, "ep/value eq '([^']*)'").Groups[1].Value;
        var found = delivered.Where(d => d.Key is not null && string.Equals(d.Key, key, StringComparison.OrdinalIgnoreCase))
            .Select((d, i) => new Dictionary<string, object> { ["id"] = $"sent-{i}" }).Take(1).ToArray();
        return new RecordedResponse(200, JsonSerializer.Serialize(new Dictionary<string, object> { ["value"] = found }));
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
        var query = Uri.UnescapeDataString(request.Url.Query.Replace('+', ' '));
        return new RecordedRequest(request.HttpMethod, path, headers, body.ToArray(), Interlocked.Increment(ref sequence)) { Query = query };
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

        if (request.Method == "GET" && request.Path.EndsWith("/mailFolders/SentItems/messages", StringComparison.OrdinalIgnoreCase))
        {
            return SentItems(request);
        }

        if (request.Is("POST", "/messages"))
        {
            var id = $"draft-{Interlocked.Increment(ref drafts)}";
            draftMessages[id] = request.Json.Clone();
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
