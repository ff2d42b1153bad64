using System.Net.Sockets;
using MailKit;
using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;
using SuggestionDesk.Localization;
using SuggestionDesk.Ports;

namespace SuggestionDesk.Mail;

/// <summary>
/// Sends through an SMTP server with MailKit, one connection for the whole run (opened when first needed,
/// reopened after a broken one). A recipient the server refuses fails that message only; the run goes on.
/// </summary>
public sealed class SmtpMailSender : IMailSender, IDisposable
{
    private readonly SmtpOptions options;
    private readonly MailboxAddress from;
    private readonly TimeProvider clock;
    private readonly SemaphoreSlim one = new(1, 1);
    private SmtpClient? client;

    /// <summary>A sender through the server in <paramref name="options"/>.</summary>
    /// <exception cref="ArgumentException">The options cannot work; the message names the value.</exception>
    public SmtpMailSender(SmtpOptions options, TimeProvider? clock = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.Problems() is [var first, ..])
        {
            throw new ArgumentException(first, nameof(options));
        }

        this.options = options;
        from = MimeMessages.Sender(options.From, nameof(options));
        this.clock = clock ?? TimeProvider.System;
    }

    /// <summary>Sends <paramref name="message"/>; the result carries its Message-Id.</summary>
    public async Task<SendResult> SendAsync(RenderedMessage message, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (MimeMessages.Recipient(message) is not { } to)
        {
            return SendResult.BadRecipient(message.To);
        }

        var mime = MimeMessages.Build(message, from, to, clock.GetUtcNow());
        await one.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var connected = await ConnectedAsync(cancellationToken).ConfigureAwait(false);
            await connected.SendAsync(mime, cancellationToken).ConfigureAwait(false);
            return SendResult.Sent(mime.MessageId ?? $"smtp:{options.Host}");
        }
        catch (SmtpCommandException e)
        {
            return SendResult.NotSent(message.To, MessageText.Format(Localization.Messages.SmtpServerAnswered, (int)e.StatusCode, e.Message));
        }
        catch (Exception e) when (e is SmtpProtocolException or IOException or SocketException or System.Security.Authentication.AuthenticationException or MailKit.Security.AuthenticationException or ServiceNotConnectedException or SslHandshakeException)
        {
            Drop();
            return SendResult.NotSent(message.To, MessageText.Format(Localization.Messages.SmtpConnectionFailed, options.Host, options.Port, e.Message));
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            Drop();
            return SendResult.NotSent(message.To, MessageText.Format(Localization.Messages.SmtpTimedOut, options.Host, options.Port, options.Timeout.TotalSeconds));
        }
        finally
        {
            one.Release();
        }
    }

    /// <summary>Says goodbye to the server, if connected, and lets go of the connection.</summary>
    public void Dispose()
    {
        if (client is { IsConnected: true })
        {
            try
            {
                client.Disconnect(quit: true);
            }
            catch (Exception e) when (e is IOException or SocketException or SmtpProtocolException or SmtpCommandException)
            {
                // Closing anyway.
            }
        }

        Drop();
        one.Dispose();
    }

    private async Task<SmtpClient> ConnectedAsync(CancellationToken cancellationToken)
    {
        if (client is { IsConnected: true })
        {
            return client;
        }

        Drop();
        var fresh = new SmtpClient { Timeout = (int)options.Timeout.TotalMilliseconds };
        try
        {
            await fresh.ConnectAsync(options.Host, options.Port, Secure(options.Security), cancellationToken).ConfigureAwait(false);
            if (!string.IsNullOrEmpty(options.UserName))
            {
                await fresh.AuthenticateAsync(options.UserName, options.Password ?? string.Empty, cancellationToken).ConfigureAwait(false);
            }
        }
        catch
        {
            fresh.Dispose();
            throw;
        }

        client = fresh;
        return fresh;
    }

    private void Drop()
    {
        client?.Dispose();
        client = null;
    }

    private static SecureSocketOptions Secure(SmtpSecurity security) => security switch
    {
        SmtpSecurity.StartTls => SecureSocketOptions.StartTls,
        SmtpSecurity.SslOnConnect => SecureSocketOptions.SslOnConnect,
        SmtpSecurity.None => SecureSocketOptions.None,
        _ => SecureSocketOptions.Auto,
    };
}
