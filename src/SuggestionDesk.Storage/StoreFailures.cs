using System.Net.Sockets;
using Azure;
using Azure.Identity;
using SuggestionDesk.Items;
using SuggestionDesk.Ports;

namespace SuggestionDesk.Storage;

/// <summary>
/// Turns what the Azure SDK throws into the core's store exceptions, with messages that name the value or the service
/// and say what to do, so that no host shows an SDK message, a request dump or a stack.
/// </summary>
internal static class StoreFailures
{
    /// <summary>HTTP answers that mean "this request is too large or malformed", which only a value in it can cause here.</summary>
    public static bool IsRefusal(RequestFailedException e) => e.Status is 400 or 413 or 414 or 431;

    /// <summary>
    /// Throws when a value of <paramref name="query"/> is longer than any stored value can be: it could match nothing,
    /// and a request carrying it can be too large for the service (which then only resets the connection).
    /// </summary>
    public static void CheckLengths(ItemQuery query)
    {
        if (Longest(query) is ({ } what, { Length: > TextRules.ShortTextMaxLength } value))
        {
            throw new StoreRefusedException(
                $"The query for {what} {TextRules.Quote(value)} was not sent to the table service: stored values are at most {TextRules.ShortTextMaxLength:N0} characters, so it can match nothing. Give the value as recorded.");
        }
    }

    /// <summary>A query refused for <paramref name="e"/>, naming the longest value the query holds.</summary>
    public static StoreRefusedException Refused(ItemQuery query, RequestFailedException e)
    {
        var (what, value) = Longest(query);
        return value is null
            ? new StoreRefusedException($"The table service refused the query (HTTP {e.Status}). Run it again with fewer or shorter values.", e)
            : new StoreRefusedException(
                $"The table service refused the query for {what} {TextRules.Quote(value)} (HTTP {e.Status}): the value is too long to look up. Stored values are at most {TextRules.ShortTextMaxLength:N0} characters; give the value as recorded.", e);
    }

    private static (string? What, string? Value) Longest(ItemQuery query) =>
        new[]
        {
            ("Session", query.Session),
            ("Department", query.Department),
            ("Owner", query.Owner),
            ("OwnerEmail", query.OwnerEmail),
        }
        .Where(v => v.Item2 is not null)
        .OrderByDescending(v => v.Item2!.Length)
        .Select(v => ((string?)v.Item1, v.Item2))
        .FirstOrDefault();

    /// <summary>
    /// The store's failure for <paramref name="e"/> when it comes from the SDK or the network; null otherwise.
    /// <paramref name="service"/> names what answered (the table service, the report archive).
    /// </summary>
    public static Exception? Explain(Exception e, Uri endpoint, string service = "table service") => e switch
    {
        RequestFailedException { Status: > 0 } failed => new StoreUnavailableException(
            $"The {service} at {endpoint} answered HTTP {failed.Status}{(failed.ErrorCode is { } code ? " " + code : "")} while the command was reading or writing. What was done before stays; check the service and your access to it, then run the command again.", e),
        RequestFailedException or HttpRequestException or SocketException or AuthenticationFailedException or CredentialUnavailableException => Unreachable(e, endpoint, service),
        // The SDK's retries gave up; what each attempt met (a reset connection is an IOException) is the transport's.
        AggregateException aggregate when aggregate.InnerExceptions.Count > 0
            && aggregate.InnerExceptions.All(i => i is IOException || Explain(i, endpoint, service) is not null) =>
            Unreachable(e, endpoint, service),
        _ => null,
    };

    private static StoreUnavailableException Unreachable(Exception e, Uri endpoint, string service)
    {
        // The innermost cause (connection refused, no such host, timed out) is the part a person can act on.
        var cause = e;
        while (((cause as AggregateException)?.InnerExceptions[^1] ?? cause.InnerException) is { } inner)
        {
            cause = inner;
        }

        var reason = cause is SocketException socket ? socket.SocketErrorCode.ToString() : cause.GetType().Name;
        return new StoreUnavailableException(
            $"The {service} at {endpoint} stopped answering while the command was reading or writing ({reason}). What was done before stays; check that the service is running and reachable, then run the command again.", e);
    }
}
