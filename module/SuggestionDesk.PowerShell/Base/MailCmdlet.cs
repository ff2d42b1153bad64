using System.Management.Automation;
using System.Security;
using System.Security.Cryptography.X509Certificates;
using SuggestionDesk.Localization;
using SuggestionDesk.PowerShell.Localization;

namespace SuggestionDesk.PowerShell.Base;

/// <summary>
/// The base of the cmdlets that send mail (<c>Send-SuggestionReminder</c>, <c>Send-SuggestionReport</c>): the same
/// transport parameters, checked the same way, making the same sender. Graph's ways of signing in are parameter sets,
/// so PowerShell itself refuses two at once (a certificate file and a thumbprint, a secret and a token): a certificate
/// file (<see cref="CertificateFileSet"/>), a certificate in the store (<see cref="CertificateStoreSet"/>), an access
/// token (<see cref="AccessTokenSet"/>), or the default set: a client secret, the managed identity, or another transport.
/// </summary>
public abstract class MailCmdlet : SuggestionCmdlet
{
    /// <summary>The default set: -ClientSecret, or no Graph sign-in parameter at all.</summary>
    public const string ClientSecretSet = "ClientSecret";

    /// <summary>-CertificatePath, with -CertificatePassword for a PFX or PEM file with a password.</summary>
    public const string CertificateFileSet = "CertificateFile";

    /// <summary>-CertificateThumbprint: the certificate in CurrentUser\My or LocalMachine\My.</summary>
    public const string CertificateStoreSet = "CertificateStore";

    /// <summary>-AccessToken.</summary>
    public const string AccessTokenSet = "AccessToken";

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
    [Parameter(Mandatory = true, ParameterSetName = CertificateFileSet)]
    [ValidateNotNullOrEmpty]
    public string? CertificatePath { get; set; }

    /// <summary>Graph: the password of the -CertificatePath file.</summary>
    [Parameter(ParameterSetName = CertificateFileSet)]
    public SecureString? CertificatePassword { get; set; }

    /// <summary>Graph: the thumbprint of the application's certificate in CurrentUser\My or LocalMachine\My.</summary>
    [Parameter(Mandatory = true, ParameterSetName = CertificateStoreSet)]
    [ValidateNotNullOrEmpty]
    public string? CertificateThumbprint { get; set; }

    /// <summary>Graph: the application's client secret.</summary>
    [Parameter(ParameterSetName = ClientSecretSet)]
    public SecureString? ClientSecret { get; set; }

    /// <summary>Graph: an access token obtained elsewhere.</summary>
    [Parameter(Mandatory = true, ParameterSetName = AccessTokenSet)]
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
            Certificate = Certificate(),
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

    // The certificate from the file or the store, checked here, on the pipeline thread, before anything is sent or
    // rendered: a refusal stops the command at once, and a certificate near its end is warned about.
    private X509Certificate2? Certificate()
    {
        X509Certificate2 certificate;
        string source;
        if (CertificateThumbprint is { } thumbprint)
        {
            certificate = CertificateSource.FromStore(thumbprint, out source);
        }
        else if (CertificatePath is { } given)
        {
            source = GetUnresolvedProviderPathFromPSPath(given);
            certificate = CertificateSource.FromFile(source, CertificatePassword);
        }
        else
        {
            return null;
        }

        if (CertificateSource.Check(certificate, source, DateTimeOffset.Now) is { } warning)
        {
            WriteWarning(warning);
        }

        WriteVerbose(MessageText.Format(Messages.MailSigningInWithCertificate, certificate.Subject, certificate.Thumbprint, source, certificate.NotAfter));
        return certificate;
    }
}
