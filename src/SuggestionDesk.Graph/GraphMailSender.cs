using Azure.Core;
using Microsoft.Graph;
using Microsoft.Graph.Models;
using Microsoft.Graph.Models.ODataErrors;
using Microsoft.Graph.Users.Item.Messages.Item.Attachments.CreateUploadSession;
using Microsoft.Graph.Users.Item.SendMail;
using Microsoft.Kiota.Abstractions;
using Microsoft.Kiota.Authentication.Azure;
using Microsoft.Kiota.Http.HttpClientLibrary.Middleware;
using Microsoft.Kiota.Http.HttpClientLibrary.Middleware.Options;
using SuggestionDesk.Localization;
using SuggestionDesk.Ports;

namespace SuggestionDesk.Graph;

/// <summary>
/// Sends through Microsoft Graph as one sender mailbox with app-only auth: <c>sendMail</c> with attachments under
/// 3 MB inline; with larger ones, a draft, an upload session per large file, then <c>send</c>. The SDK's retry
/// handler waits out 429 (Retry-After); a message with a delivery key is looked up in Sent Items after a 503, 504,
/// dropped connection or timeout before it is sent again, so it is never delivered twice; a <see cref="MailboxGate"/> keeps the mailbox within 4
/// requests at once and 30 messages a minute. A failure is a <see cref="SendResult"/> naming Graph's answer, so
/// the run goes on to the next recipient and the next run retries this one.
/// </summary>
public sealed class GraphMailSender : IMailSender, IDisposable
{
    // Upload slices must be multiples of 320 KiB; Outlook takes up to 4 MB per slice.
    private const int SliceSize = 9 * 320 * 1024;

    private readonly GraphServiceClient client;
    private readonly HttpClient http;
    private readonly GraphMailOptions options;
    private readonly MailboxGate gate;

    private GraphMailSender(GraphServiceClient client, HttpClient http, GraphMailOptions options, MailboxGate gate)
    {
        this.client = client;
        this.http = http;
        this.options = options;
        this.gate = gate;
    }

    /// <summary>A sender for <paramref name="options"/> signing in with <paramref name="credential"/>.</summary>
    /// <param name="options">The sender mailbox, cloud and limits.</param>
    /// <param name="credential">App-only credential, e.g. from <see cref="GraphCredentials.Create"/>.</param>
    /// <param name="gate">The mailbox's gate; by default the one this process shares for the sender mailbox.</param>
    /// <exception cref="ArgumentException">The options are not usable; the message says which value and why.</exception>
    public static GraphMailSender Create(GraphMailOptions options, TokenCredential credential, MailboxGate? gate = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(credential);
        if (options.Problems() is [var first, ..])
        {
            throw new ArgumentException(first, nameof(options));
        }

        var baseUrl = options.BaseUrl;
        // The token goes only to the configured Graph host, never to an upload URL or a redirect elsewhere.
        var auth = new AzureIdentityAuthenticationProvider(credential, [new Uri(baseUrl).Host], null, true, options.Cloud.Scope);
        var handlers = GraphClientFactory.CreateDefaultHandlers()
            .Select(h => h is RetryHandler ? new RetryHandler(new RetryHandlerOption { MaxRetry = options.MaxRetries }) : h)
            .ToList();
        var http = GraphClientFactory.Create(handlers);
        http.Timeout = options.Timeout;
        var client = new GraphServiceClient(http, auth, baseUrl);
        return new GraphMailSender(client, http, options,
            gate ?? MailboxGate.For(options.SenderMailbox, options.MaxInFlight, options.MessagesPerMinute));
    }

    /// <summary>A sender for <paramref name="options"/> signing in as <paramref name="signIn"/> says, in the options' cloud.</summary>
    /// <exception cref="ArgumentException">The options or the sign-in are not usable; the message says which value and why.</exception>
    public static GraphMailSender Create(GraphMailOptions options, GraphSignIn signIn, MailboxGate? gate = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        return Create(options, GraphCredentials.Create(signIn, options.Cloud), gate);
    }

    /// <inheritdoc />
    public async Task<SendResult> SendAsync(RenderedMessage message, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (GraphMessages.Recipient(message.To) is not { } to)
        {
            return SendResult.BadRecipient(message.To);
        }

        using var slot = await gate.EnterAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var (inline, uploaded) = GraphMessages.Split(message.Attachments);
            return uploaded.Count == 0
                ? await SendDirectAsync(message, to, inline, cancellationToken).ConfigureAwait(false)
                : await SendDraftAsync(message, to, inline, uploaded, cancellationToken).ConfigureAwait(false);
        }
        catch (ODataError e) when (e.ResponseStatusCode == 401)
        {
            return SendResult.SignInFailed(message.To, MessageText.Format(Localization.Messages.GraphTokenRefused, e.Error?.Code, options.SenderMailbox));
        }
        catch (ODataError e)
        {
            return SendResult.NotSent(message.To, MessageText.Format(Localization.Messages.GraphAnsweredWithCode, e.ResponseStatusCode, e.Error?.Code, e.Error?.Message));
        }
        catch (ApiException e)
        {
            return SendResult.NotSent(message.To, MessageText.Format(Localization.Messages.GraphAnswered, e.ResponseStatusCode, e.Message));
        }
        catch (HttpRequestException e)
        {
            return SendResult.NotSent(message.To, MessageText.Format(Localization.Messages.GraphUnreachable, options.BaseUrl, e.Message));
        }
        catch (AggregateException e) when (e.InnerExceptions.All(inner => inner is ApiException or HttpRequestException))
        {
            // The SDK's retry handler gave up: every attempt was throttled or unavailable.
            return SendResult.NotSent(message.To, MessageText.Format(Localization.Messages.GraphStillRefused, options.MaxRetries, e.InnerExceptions[^1].Message));
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return SendResult.NotSent(message.To, MessageText.Format(Localization.Messages.GraphTimedOut, options.Timeout.TotalSeconds));
        }
        catch (Azure.Identity.AuthenticationFailedException e)
        {
            // CredentialUnavailableException too. Only the first line: the rest is MSAL's trace and correlation ids.
            var why = e.Message.Split('\n')[0].Trim().TrimEnd('.');
            return SendResult.SignInFailed(message.To, MessageText.Format(Localization.Messages.GraphSignInFailed, options.Cloud.Name, why));
        }
    }

    /// <inheritdoc />
    public void Dispose() => http.Dispose();

    private async Task<SendResult> SendDirectAsync(RenderedMessage message, System.Net.Mail.MailAddress to, IReadOnlyList<MailAttachment> inline, CancellationToken cancellationToken)
    {
        // A new body for each attempt: the SDK's models serialise only what changed since they were last sent.
        SendMailPostRequestBody Body() => new() { Message = GraphMessages.From(message, to, inline), SaveToSentItems = options.SaveToSentItems };
        var done = $"graph:{options.SenderMailbox}→{to.Address}";
        if (message.DeliveryKey is not { } key || !options.SaveToSentItems)
        {
            await client.Users[options.SenderMailbox].SendMail.PostAsync(Body(), cancellationToken: cancellationToken).ConfigureAwait(false);
            return SendResult.Sent(done);
        }

        return await OnceAsync(message, key, done,
            () => client.Users[options.SenderMailbox].SendMail.PostAsync(Body(), r => r.Options.Add(OnlyThrottlingRetried()), cancellationToken), cancellationToken).ConfigureAwait(false);
    }

    // sendMail and send are not idempotent: an attempt Graph accepted whose answer was lost (503, 504, a dropped
    // connection, a timeout) must not be repeated blindly. The SDK retries only 429 (refused, so never accepted) here;
    // after an unclear failure the message is looked up by its key in Sent Items: found, it was sent; not found, it is
    // sent again, up to MaxRetries times. A message an earlier run may have sent is looked up first.
    private async Task<SendResult> OnceAsync(RenderedMessage message, string key, string done, Func<Task> send, CancellationToken cancellationToken)
    {
        if (message.MaybeSentBefore && await FindSentAsync(key, cancellationToken).ConfigureAwait(false))
        {
            return SendResult.Sent(MessageText.Format(Localization.Messages.GraphFoundInSentItems, done));
        }

        for (var attempt = 0; ; attempt++)
        {
            try
            {
                await send().ConfigureAwait(false);
                return SendResult.Sent(done);
            }
            catch (Exception e) when (IsUnclear(e, cancellationToken))
            {
                if (await FindSentAfterUnclearAsync(key, cancellationToken).ConfigureAwait(false))
                {
                    return SendResult.Sent(MessageText.Format(Localization.Messages.GraphFoundAfterUnclear, done, FirstLine(e)));
                }

                if (attempt >= options.MaxRetries)
                {
                    throw;
                }
            }
        }
    }

    private static bool IsUnclear(Exception e, CancellationToken cancellationToken) => e switch
    {
        ApiException api => api.ResponseStatusCode is 503 or 504,
        HttpRequestException => true,
        OperationCanceledException => !cancellationToken.IsCancellationRequested,
        AggregateException many => many.InnerExceptions.All(inner => IsUnclear(inner, cancellationToken)),
        _ => false,
    };

    private static string FirstLine(Exception e) => e.Message.Split('\n')[0].Trim();

    private static RetryHandlerOption OnlyThrottlingRetried() => new()
    {
        MaxRetry = 3,
        ShouldRetry = (_, _, response) => response.StatusCode == System.Net.HttpStatusCode.TooManyRequests,
    };

    // Exchange may take a moment to file the sent copy: looked up once more after a pause before it counts as not sent.
    private async Task<bool> FindSentAfterUnclearAsync(string key, CancellationToken cancellationToken)
    {
        for (var look = 0; ; look++)
        {
            if (await FindSentAsync(key, cancellationToken).ConfigureAwait(false))
            {
                return true;
            }

            if (look >= 1)
            {
                return false;
            }

            await Task.Delay(options.SentItemsDelay, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task<bool> FindSentAsync(string key, CancellationToken cancellationToken)
    {
        var found = await client.Users[options.SenderMailbox].MailFolders["SentItems"].Messages.GetAsync(r =>
        {
            r.QueryParameters.Filter = GraphMessages.KeyFilter(key);
            r.QueryParameters.Select = ["id"];
            r.QueryParameters.Top = 1;
        }, cancellationToken).ConfigureAwait(false);
        return found?.Value is { Count: > 0 };
    }

    private async Task<SendResult> SendDraftAsync(
        RenderedMessage message, System.Net.Mail.MailAddress to, IReadOnlyList<MailAttachment> inline, IReadOnlyList<MailAttachment> uploaded, CancellationToken cancellationToken)
    {
        var mailbox = client.Users[options.SenderMailbox];
        if (message.DeliveryKey is { } sentKey && message.MaybeSentBefore && await FindSentAsync(sentKey, cancellationToken).ConfigureAwait(false))
        {
            return SendResult.Sent(MessageText.Format(Localization.Messages.GraphFoundInSentItems, $"graph:{options.SenderMailbox}→{to.Address}"));
        }

        var draft = await mailbox.Messages.PostAsync(GraphMessages.From(message, to, inline), cancellationToken: cancellationToken).ConfigureAwait(false);
        var id = draft?.Id ?? throw new InvalidOperationException("Graph created the draft but returned no id.");
        try
        {
            foreach (var attachment in uploaded)
            {
                await UploadAsync(id, attachment, cancellationToken).ConfigureAwait(false);
            }

            var done = $"graph:{options.SenderMailbox}→{to.Address} (message {id})";
            if (message.DeliveryKey is not { } key)
            {
                await mailbox.Messages[id].Send.PostAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
                return SendResult.Sent(done);
            }

            // The draft carries the key too; sending it again after an unclear answer sends this same draft.
            return await OnceAsync(message with { MaybeSentBefore = false }, key, done,
                () => mailbox.Messages[id].Send.PostAsync(r => r.Options.Add(OnlyThrottlingRetried()), cancellationToken), cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is ApiException or HttpRequestException or InvalidOperationException)
        {
            await TryDeleteDraftAsync(id).ConfigureAwait(false);
            throw;
        }
    }

    private async Task UploadAsync(string draftId, MailAttachment attachment, CancellationToken cancellationToken)
    {
        var request = new CreateUploadSessionPostRequestBody
        {
            AttachmentItem = new AttachmentItem { AttachmentType = AttachmentType.File, Name = attachment.Name, ContentType = attachment.ContentType, Size = attachment.Length },
        };
        var session = await client.Users[options.SenderMailbox].Messages[draftId].Attachments.CreateUploadSession
            .PostAsync(request, cancellationToken: cancellationToken).ConfigureAwait(false)
            ?? throw new InvalidOperationException($"Graph returned no upload session for '{attachment.Name}'.");
        using var content = new MemoryStream(GraphMessages.Bytes(attachment), writable: false);
        // No request adapter: the task makes its own without auth, as the upload URL is pre-authenticated and
        // Outlook refuses an upload slice that carries an Authorization header.
        var upload = new LargeFileUploadTask<FileAttachment>(session, content, SliceSize);
        var result = await upload.UploadAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
        if (!result.UploadSucceeded)
        {
            throw new InvalidOperationException($"The upload of '{attachment.Name}' ({attachment.Length:N0} bytes) did not complete.");
        }
    }

    private async Task TryDeleteDraftAsync(string id)
    {
        try
        {
            await client.Users[options.SenderMailbox].Messages[id].DeleteAsync().ConfigureAwait(false);
        }
        catch (Exception e) when (e is ApiException or HttpRequestException or OperationCanceledException)
        {
            // The draft stays in the sender's Drafts folder, unsent; the next run sends a new one.
        }
    }
}
