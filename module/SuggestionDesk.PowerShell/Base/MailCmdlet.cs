using System.Management.Automation;
using System.Security;
using SuggestionDesk.Localization;
using SuggestionDesk.PowerShell.Localization;

namespace SuggestionDesk.PowerShell.Base;

/// <summary>
/// The base of the cmdlets that send mail (<c>Send-SuggestionReminder</c>, <c>Send-SuggestionReport</c>): the same
/// transport parameters, checked the same way, making the same sender.
/// </summary>
public abstract class MailCmdlet : SuggestionCmdlet
{
    /// <summary>How to send: Outbox writes .eml files (the local default), Graph sends through Microsoft Graph, Smtp through a mail server.</summary>
    [Parameter]
    [ValidateSet("Outbox", "Graph", "Smtp")] // = MailTransport.Names; a test keeps them equal (the module builds against PowerShell 5.1's reference, which has no generated sets)
    public string Transport { get; set; } = "Outbox";

    /// <summary>The folder the outbox writes to; by default ./outbox.</summary>
    [Parameter]
    public string OutboxPath { get; set; } = "outbox";

    /// <summary>The sender's address (for Graph, the mailbox sent as); by default the office's mailbox from the directory.</summary>
    [Parameter]
    public string? From { get; set; }

    /// <summary>Graph: the cloud, Global or China (operated by 21Vianet).</summary>
    [Parameter]
    [ValidateSet("Global", "China")] // = GraphCloud.Known, kept equal by a test
    public string? Cloud { get; set; }

    /// <summary>Graph: another Graph root than the cloud's, e.g. a proxy.</summary>
    [Parameter]
    public Uri? GraphEndpoint { get; set; }

    /// <summary>Graph: the tenant id, with -ClientId and a certificate or secret.</summary>
    [Parameter]
    public string? TenantId { get; set; }

    /// <summary>Graph: the application's client id (alone: a user-assigned managed identity).</summary>
    [Parameter]
    public string? ClientId { get; set; }

    /// <summary>Graph: a PEM or PFX file with the application's certificate and key.</summary>
    [Parameter]
    public string? CertificatePath { get; set; }

    /// <summary>Graph: the application's client secret.</summary>
    [Parameter]
    public SecureString? ClientSecret { get; set; }

    /// <summary>Graph: an access token obtained elsewhere.</summary>
    [Parameter]
    public SecureString? AccessToken { get; set; }

    /// <summary>Smtp: the mail server's host name.</summary>
    [Parameter]
    public string? SmtpServer { get; set; }

    /// <summary>Smtp: the port; 587 by default.</summary>
    [Parameter]
    [ValidateRange(1, 65535)]
    public int SmtpPort { get; set; } = 587;

    /// <summary>Smtp: Auto, StartTls, SslOnConnect or None.</summary>
    [Parameter]
    [ValidateSet("Auto", "StartTls", "SslOnConnect", "None")] // = the SmtpSecurity enum, kept equal by a test
    public string SmtpSecurity { get; set; } = "Auto";

    /// <summary>Smtp: the user name and password to sign in with.</summary>
    [Parameter]
    [Credential]
    public PSCredential? Credential { get; set; }

    /// <summary>
    /// The sender the transport parameters describe, opened when the run hands it its first message, sending as -From or
    /// else the office mailbox in the directory. Refuses parameters of another transport than the chosen one. Call it on
    /// the pipeline thread: it resolves the paths given against the current location.
    /// </summary>
    private protected DeferredMailSender OpenSenderOnFirstMessage()
    {
        if (MailTransport.Unused(Transport, MyInvocation.BoundParameters.Keys).ToList() is [_, ..] unused)
        {
            throw new PSArgumentException(MessageText.Format(Messages.MailUnusedParameters, string.Join(", -", unused), Transport), unused[0]);
        }

        var transport = new MailTransport
        {
            Transport = Transport,
            From = From,
            OutboxPath = GetUnresolvedProviderPathFromPSPath(OutboxPath),
            Cloud = Cloud,
            GraphEndpoint = GraphEndpoint,
            TenantId = TenantId,
            ClientId = ClientId,
            CertificatePath = CertificatePath is null ? null : GetUnresolvedProviderPathFromPSPath(CertificatePath),
            ClientSecret = ClientSecret,
            AccessToken = AccessToken,
            SmtpServer = SmtpServer,
            SmtpPort = SmtpPort,
            SmtpSecurity = SmtpSecurity,
            Credential = Credential,
        };
        var directory = CurrentConnection.Storage.Directory;
        return new DeferredMailSender(cancel => transport.OpenAsync(directory, cancel));
    }
}
