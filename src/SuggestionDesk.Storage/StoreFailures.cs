using System.Net.Sockets;
using System.Text.RegularExpressions;
using Azure;
using Azure.Identity;
using SuggestionDesk.Items;
using SuggestionDesk.Ports;

namespace SuggestionDesk.Storage;

/// <summary>
/// Turns what the Azure SDK throws into the core's store exceptions, with messages that name the value or the service
/// and say what to do, so that no host shows an SDK message, a request dump or a stack.
/// </summary>
internal static partial class StoreFailures
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
        RequestFailedException { Status: 401 or 403 } refused => RefusedCredentials(refused, endpoint, service, withKey: null),
        RequestFailedException { Status: 429 or 503 } busy => new StoreUnavailableException(
            $"The {service} at {endpoint} is busy (HTTP {busy.Status}{Code(busy)}) and kept refusing while the command was reading or writing. What was done before stays; wait a minute, then run the command again.", e, busy.Status),
        RequestFailedException { Status: > 0 } failed => new StoreUnavailableException(
            $"The {service} at {endpoint} answered HTTP {failed.Status}{Code(failed)} while the command was reading or writing. What was done before stays; check the service and your access to it, then run the command again.", e, failed.Status),
        RequestFailedException or HttpRequestException or SocketException or AuthenticationFailedException or CredentialUnavailableException => Unreachable(e, endpoint, service),
        // The SDK's retries gave up; what each attempt met (a reset connection is an IOException) is the transport's.
        AggregateException aggregate when aggregate.InnerExceptions.Count > 0
            && aggregate.InnerExceptions.All(i => i is IOException || Explain(i, endpoint, service) is not null) =>
            Unreachable(e, endpoint, service),
        _ => null,
    };

    /// <summary>
    /// Why the first request to the service failed, when a person can act on it: the credentials were refused (401,
    /// 403), nothing listens at the address, or its host name does not resolve. Null for any other failure (a busy or
    /// failing service is worth the client's retries). <paramref name="withKey"/> says whether a key or SAS signed the
    /// request (a connection string) rather than a signed-in identity; null when not known.
    /// </summary>
    public static StoreUnavailableException? AtConnect(Exception e, Uri endpoint, bool? withKey, string service = "table service")
    {
        if (Failed(e) is { Status: 401 or 403 } refused)
        {
            return RefusedCredentials(refused, endpoint, service, withKey);
        }

        if (Chain(e).Any(x => x is SocketException { SocketErrorCode: SocketError.ConnectionRefused }))
        {
            var what = endpoint.IsLoopback
                ? "Start Azurite (npx azurite-table) for the local default, or give the storage account's connection string (SUGGESTIONDESK_STORAGE)."
                : "Check the address and port in the connection string or endpoint, and that the service runs.";
            return new StoreUnavailableException($"Nothing is listening at {endpoint} (the connection was refused): the {service} is not running there. {what}", e);
        }

        if (Chain(e).Any(x => x is SocketException { SocketErrorCode: SocketError.HostNotFound or SocketError.NoData or SocketError.TryAgain })
            || Chain(e).Any(x => x is HttpRequestException { HttpRequestError: HttpRequestError.NameResolutionError }))
        {
            return new StoreUnavailableException(
                $"The host name '{endpoint.Host}' of the {service} at {endpoint} did not resolve: no such name was found. Check the account name or endpoint (a typing error?) and that this machine's DNS can reach it.", e);
        }

        return null;
    }

    private static StoreUnavailableException RefusedCredentials(RequestFailedException refused, Uri endpoint, string service, bool? withKey)
    {
        var role = service == "table service" ? "Storage Table Data Contributor" : "Storage Blob Data Contributor";
        var what = withKey switch
        {
            true => $"check the account key (or SAS) in the connection string against the storage account's Access keys page, or sign in with an identity that has the {role} role",
            false => $"give the identity the {role} role on the storage account (or sign in as one that has it)",
            null => $"check the account key, or give the identity the {role} role",
        };
        return new StoreUnavailableException(
            $"The {service} at {endpoint} refused the credentials ({refused.Status}{Code(refused)}): {what}.", refused, refused.Status);
    }

    /// <summary>The service's error code, from the header or, where only the body has it (Azurite's refusals), the body.</summary>
    private static string Code(RequestFailedException e) =>
        e.ErrorCode is { } code ? " " + code
        : ErrorCodeInBody().Match(e.Message) is { Success: true } found ? " " + found.Groups["code"].Value
        : "";

    [GeneratedRegex(@"(?:ErrorCode: |""code"" ?: ?""|<Code>)(?<code>[A-Za-z]{3,64})\b")]
    private static partial Regex ErrorCodeInBody();

    private static RequestFailedException? Failed(Exception e) => Chain(e).OfType<RequestFailedException>().FirstOrDefault(r => r.Status > 0);

    /// <summary><paramref name="e"/> and every exception inside it, aggregates included.</summary>
    private static IEnumerable<Exception> Chain(Exception e)
    {
        yield return e;
        var inner = e is AggregateException aggregate ? aggregate.InnerExceptions : (IEnumerable<Exception>)(e.InnerException is { } one ? [one] : []);
        foreach (var child in inner.SelectMany(Chain))
        {
            yield return child;
        }
    }

    /// <summary>The innermost cause (connection refused, no such host, timed out): the part a person can act on.</summary>
    private static Exception Innermost(Exception e)
    {
        var cause = e;
        while (((cause as AggregateException)?.InnerExceptions[^1] ?? cause.InnerException) is { } inner)
        {
            cause = inner;
        }

        return cause;
    }

    private static StoreUnavailableException Unreachable(Exception e, Uri endpoint, string service)
    {
        var cause = Innermost(e);
        var reason = cause is SocketException socket ? socket.SocketErrorCode.ToString() : cause.GetType().Name;
        return new StoreUnavailableException(
            $"The {service} at {endpoint} stopped answering while the command was reading or writing ({reason}). What was done before stays; check that the service is running and reachable, then run the command again.", e);
    }
}
