using SuggestionDesk.Localization;

namespace SuggestionDesk.Graph;

/// <summary>How the Graph transport sends: as which mailbox, in which cloud, and how gently.</summary>
public sealed record GraphMailOptions
{
    /// <summary>The limit Graph sets on an inline attachment: larger files go through an upload session.</summary>
    public const int InlineAttachmentLimit = 3 * 1024 * 1024;

    /// <summary>The mailbox the messages are sent as (its user principal name or address), e.g. <c>duban@example.gov.cn</c>.</summary>
    public required string SenderMailbox { get; init; }

    /// <summary>The cloud; <see cref="GraphCloud.Global"/> by default.</summary>
    public GraphCloud Cloud { get; init; } = GraphCloud.Global;

    /// <summary>Another Graph root than the cloud's (a proxy, a test server); null for the cloud's own.</summary>
    public Uri? Endpoint { get; init; }

    /// <summary>Whether a copy is kept in the sender's Sent Items; true by default, so the office can see what went out.</summary>
    public bool SaveToSentItems { get; init; } = true;

    /// <summary>At most this many requests to the mailbox at once; 4 by default (Exchange's per-mailbox concurrency limit).</summary>
    public int MaxInFlight { get; init; } = 4;

    /// <summary>At most this many messages started per minute; 30 by default (Exchange Online's recipient rate is per minute).</summary>
    public int MessagesPerMinute { get; init; } = 30;

    /// <summary>How often the SDK's retry handler retries a 429, 503 or 504 (waiting as Retry-After says); 3 by default.</summary>
    public int MaxRetries { get; init; } = 3;

    /// <summary>How long one message may take, retries included, before it counts as failed; 2 minutes by default.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromMinutes(2);

    /// <summary>
    /// After an unclear answer to a send, how long to wait before looking in Sent Items again when the message
    /// is not there yet (once); Exchange files the sent copy within seconds. 5 seconds by default.
    /// </summary>
    public TimeSpan SentItemsDelay { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>The Graph base URL the requests go to, e.g. <c>https://graph.microsoft.com/v1.0</c>.</summary>
    public string BaseUrl => new Uri(Endpoint ?? Cloud.GraphEndpoint, "v1.0").ToString();

    /// <summary>What is wrong with these options, one sentence each, naming the value and what to do; empty when none.</summary>
    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        // The mailbox is a segment of every request's address (users, then the mailbox, then sendMail): a display name or anything but
        // a plain address would fail each message, so it is refused here, by the rule items are held to.
        if (string.IsNullOrWhiteSpace(SenderMailbox) || !Items.EmailRule.IsValid(SenderMailbox))
        {
            problems.Add(MessageText.Format(Localization.Messages.GraphSenderInvalid, SenderMailbox));
        }

        if (Endpoint is { } endpoint && (!endpoint.IsAbsoluteUri || (endpoint.Scheme != Uri.UriSchemeHttps && !endpoint.IsLoopback)))
        {
            problems.Add(MessageText.Format(Localization.Messages.GraphEndpointInvalid, endpoint));
        }

        if (MaxInFlight is < 1 or > 4)
        {
            problems.Add(MessageText.Format(Localization.Messages.GraphMaxInFlight, MaxInFlight));
        }

        if (MessagesPerMinute is < 1 or > 30)
        {
            problems.Add(MessageText.Format(Localization.Messages.GraphMessagesPerMinute, MessagesPerMinute));
        }

        if (MaxRetries is < 0 or > 10)
        {
            problems.Add(MessageText.Format(Localization.Messages.GraphMaxRetries, MaxRetries));
        }

        if (Timeout <= TimeSpan.Zero)
        {
            problems.Add(MessageText.Format(Localization.Messages.GraphTimeoutNotPositive, Timeout));
        }

        return problems;
    }
}
