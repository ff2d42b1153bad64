using System.Text;
using System.Text.Json;

namespace SuggestionDesk.Testing.Graph;

/// <summary>One HTTP request as the recorder received it.</summary>
/// <param name="Method">GET, POST, PUT ...</param>
/// <param name="Path">The decoded path, e.g. <c>/v1.0/users/duban@example.gov.cn/sendMail</c>.</param>
/// <param name="Headers">The request headers (content headers included), by case-insensitive name.</param>
/// <param name="Body">The request body.</param>
/// <param name="Sequence">The order of arrival, from 1.</param>
public sealed record RecordedRequest(string Method, string Path, IReadOnlyDictionary<string, string> Headers, byte[] Body, int Sequence)
{
    /// <summary>The decoded query string, e.g. <c>?$filter=...</c>; empty when none.</summary>
    public string Query { get; init; } = string.Empty;

    /// <summary>The body as UTF-8 text.</summary>
    public string BodyText => Encoding.UTF8.GetString(Body);

    /// <summary>The body parsed as JSON.</summary>
    public JsonElement Json => JsonDocument.Parse(Body).RootElement;

    /// <summary>The value of header <paramref name="name"/>, or null.</summary>
    public string? Header(string name) => Headers.TryGetValue(name, out var value) ? value : null;

    /// <summary>Whether this is <paramref name="method"/> on a path ending with <paramref name="pathEnd"/>.</summary>
    public bool Is(string method, string pathEnd) =>
        Method == method && Path.EndsWith(pathEnd, StringComparison.Ordinal);

    /// <summary>For a sendMail or draft request: the first recipient's address.</summary>
    public string? Recipient
    {
        get
        {
            if (Body.Length == 0 || Headers.GetValueOrDefault("Content-Type")?.Contains("json", StringComparison.Ordinal) != true)
            {
                return null;
            }

            var root = Json;
            var message = root.TryGetProperty("Message", out var m) || root.TryGetProperty("message", out m) ? m : root;
            return message.TryGetProperty("toRecipients", out var to) && to.GetArrayLength() > 0
                ? to[0].GetProperty("emailAddress").GetProperty("address").GetString()
                : null;
        }
    }
}

/// <summary>How an accepted send goes wrong after Graph has accepted it: what the sender sees is not what happened.</summary>
public enum LostAnswer
{
    /// <summary>503 Service Unavailable.</summary>
    Unavailable,

    /// <summary>The connection is dropped without an answer.</summary>
    Dropped,

    /// <summary>No answer until the client gives up.</summary>
    TimedOut,
}

/// <summary>A message the recorder accepted for delivery: who it went to and the key it carried.</summary>
/// <param name="Recipient">The first recipient.</param>
/// <param name="Key">The delivery key from its extended property, or null.</param>
/// <param name="Subject">The subject.</param>
public sealed record DeliveredMessage(string? Recipient, string? Key, string? Subject);

/// <summary>What the recorder answers.</summary>
/// <param name="Status">The HTTP status code.</param>
/// <param name="Json">A JSON body, if any.</param>
/// <param name="Headers">Extra response headers (Retry-After, Location).</param>
/// <param name="Delay">How long to wait before answering: makes concurrency visible, or a timeout happen.</param>
public sealed record RecordedResponse(int Status, string? Json = null, IReadOnlyDictionary<string, string>? Headers = null, TimeSpan Delay = default)
{
    /// <summary>202 Accepted, as Graph answers sendMail.</summary>
    public static RecordedResponse Accepted { get; } = new(202);

    /// <summary>A Graph error body with <paramref name="status"/> and <paramref name="code"/>.</summary>
    public static RecordedResponse Error(int status, string code, string message, IReadOnlyDictionary<string, string>? headers = null) =>
        new(status, JsonSerializer.Serialize(new { error = new { code, message } }), headers);

    /// <summary>429 Too Many Requests with a Retry-After of <paramref name="seconds"/>.</summary>
    public static RecordedResponse Throttled(int seconds) =>
        Error(429, "ApplicationThrottled", "Application is over its MailboxConcurrency limit.", new Dictionary<string, string> { ["Retry-After"] = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture) });
}
