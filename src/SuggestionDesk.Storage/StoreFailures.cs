using System.Net.Sockets;
using System.Text.RegularExpressions;
using Azure;
using Azure.Identity;
using SuggestionDesk.Items;
using SuggestionDesk.Localization;
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
                MessageText.Format(Localization.Messages.StoreQueryNotSent, what, TextRules.Quote(value), TextRules.ShortTextMaxLength));
        }
    }

    /// <summary>A query refused for <paramref name="e"/>, naming the longest value the query holds.</summary>
    public static StoreRefusedException Refused(ItemQuery query, RequestFailedException e)
    {
        var (what, value) = Longest(query);
        return value is null
            ? new StoreRefusedException(MessageText.Format(Localization.Messages.StoreQueryRefused, e.Status), e)
            : new StoreRefusedException(
                MessageText.Format(Localization.Messages.StoreQueryRefusedFor, what, TextRules.Quote(value), e.Status, TextRules.ShortTextMaxLength), e);
    }

    private static (string? What, string? Value) Longest(ItemQuery query) =>
        new[]
        {
            (Localization.Messages.StoreFieldSession, query.Session),
            (Localization.Messages.StoreFieldDepartment, query.Department),
            (Localization.Messages.StoreFieldOwner, query.Owner),
            (Localization.Messages.StoreFieldOwnerEmail, query.OwnerEmail),
        }
        .Where(v => v.Item2 is not null)
        .OrderByDescending(v => v.Item2!.Length)
        .Select(v => ((string?)v.Item1, v.Item2))
        .FirstOrDefault();

    /// <summary>
    /// The store's failure for <paramref name="e"/> when it comes from the SDK or the network; null otherwise.
    /// <paramref name="service"/> says what answered (the table service, the report archive).
    /// </summary>
    public static Exception? Explain(Exception e, Uri endpoint, StoreService service = StoreService.Table) => e switch
    {
        RequestFailedException { Status: 401 or 403 } refused => RefusedCredentials(refused, endpoint, service, withKey: null),
        RequestFailedException { Status: 429 or 503 } busy => new StoreUnavailableException(
            MessageText.Format(Localization.Messages.StoreBusy, Name(service), endpoint, busy.Status, Code(busy)), e, busy.Status),
        RequestFailedException { Status: > 0 } failed => new StoreUnavailableException(
            MessageText.Format(Localization.Messages.StoreFailed, Name(service), endpoint, failed.Status, Code(failed)), e, failed.Status),
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
    public static StoreUnavailableException? AtConnect(Exception e, Uri endpoint, bool? withKey, StoreService service = StoreService.Table)
    {
        if (Failed(e) is { Status: 401 or 403 } refused)
        {
            return RefusedCredentials(refused, endpoint, service, withKey);
        }

        if (Chain(e).Any(x => x is SocketException { SocketErrorCode: SocketError.ConnectionRefused }))
        {
            var what = endpoint.IsLoopback
                ? Localization.Messages.StoreStartAzurite
                : Localization.Messages.StoreCheckAddress;
            return new StoreUnavailableException(MessageText.Format(Localization.Messages.StoreNotListening, endpoint, Name(service), what), e);
        }

        if (Chain(e).Any(x => x is SocketException { SocketErrorCode: SocketError.HostNotFound or SocketError.NoData or SocketError.TryAgain })
            || Chain(e).Any(x => x is HttpRequestException { HttpRequestError: HttpRequestError.NameResolutionError }))
        {
            return new StoreUnavailableException(
                MessageText.Format(Localization.Messages.StoreHostNotFound, endpoint.Host, Name(service), endpoint), e);
        }

        return null;
    }

    private static StoreUnavailableException RefusedCredentials(RequestFailedException refused, Uri endpoint, StoreService service, bool? withKey)
    {
        var role = service == StoreService.Table ? "Storage Table Data Contributor" : "Storage Blob Data Contributor";
        var what = withKey switch
        {
            true => MessageText.Format(Localization.Messages.StoreCheckKeyOrRole, role),
            false => MessageText.Format(Localization.Messages.StoreGiveRole, role),
            null => MessageText.Format(Localization.Messages.StoreKeyOrRole, role),
        };
        return new StoreUnavailableException(
            MessageText.Format(Localization.Messages.StoreCredentialsRefused, Name(service), endpoint, refused.Status, Code(refused), what), refused, refused.Status);
    }

    /// <summary>What messages call <paramref name="service"/> (the table service, the report archive ...).</summary>
    private static string Name(StoreService service) => service switch
    {
        StoreService.ReportArchive => Localization.Messages.StoreServiceReportArchive,
        StoreService.ReplyDocuments => Localization.Messages.StoreServiceReplyDocuments,
        _ => Localization.Messages.StoreServiceTable,
    };

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

    private static StoreUnavailableException Unreachable(Exception e, Uri endpoint, StoreService service)
    {
        var cause = Innermost(e);
        var reason = cause is SocketException socket ? socket.SocketErrorCode.ToString() : cause.GetType().Name;
        return new StoreUnavailableException(
            MessageText.Format(Localization.Messages.StoreStoppedAnswering, Name(service), endpoint, reason), e);
    }
}
