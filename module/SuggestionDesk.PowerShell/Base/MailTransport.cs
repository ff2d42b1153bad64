using System.Management.Automation;
using System.Net;
using System.Security;
using System.Security.Cryptography.X509Certificates;
using SuggestionDesk.Graph;
using SuggestionDesk.Mail;
using SuggestionDesk.Ports;

namespace SuggestionDesk.PowerShell.Base;

/// <summary>The transport-specific parameters of the cmdlets that send mail (<see cref="MailCmdlet"/>), and the sender they make.</summary>
internal sealed class MailTransport
{
    /// <summary>The transports there are: the outbox (the local default), Microsoft Graph and SMTP.</summary>
    public static readonly string[] Names = ["Outbox", "Graph", "Smtp"];

    public required string Transport { get; init; }

    /// <summary>The sender's address; null for the office mailbox from the directory.</summary>
    public string? From { get; init; }

    public required string OutboxPath { get; init; }

    public string? Cloud { get; init; }

    public Uri? GraphEndpoint { get; init; }

    public string? TenantId { get; init; }

    public string? ClientId { get; init; }

    /// <summary>The application's certificate, loaded and checked (<see cref="CertificateSource"/>).</summary>
    public X509Certificate2? Certificate { get; init; }

    public SecureString? ClientSecret { get; init; }

    public SecureString? AccessToken { get; init; }

    public string? SmtpServer { get; init; }

    public int SmtpPort { get; init; }

    public string? SmtpSecurity { get; init; }

    public PSCredential? Credential { get; init; }

    /// <summary>The HTTP handler of Graph sign-ins; null for the Azure SDK's own. Tests send the sign-in to a local recorder with it.</summary>
    internal static HttpMessageHandler? SignInHandler { get; set; }

    /// <summary>The parameters given that the chosen transport does not use, by name.</summary>
    public static IEnumerable<string> Unused(string transport, ICollection<string> bound)
    {
        string[] graph = ["Cloud", "GraphEndpoint", "TenantId", "ClientId", "CertificatePath", "CertificatePassword", "CertificateThumbprint", "ClientSecret", "AccessToken"];
        string[] smtp = ["SmtpServer", "SmtpPort", "SmtpSecurity", "Credential"];
        string[] outbox = ["OutboxPath"];
        var own = transport switch { "Graph" => graph, "Smtp" => smtp, _ => outbox };
        return graph.Concat(smtp).Concat(outbox).Except(own).Where(bound.Contains);
    }

    /// <summary>
    /// The sender, sending as <see cref="From"/> or else the office mailbox in <paramref name="directory"/>; throws
    /// <see cref="PSArgumentException"/> naming what is missing or wrong.
    /// </summary>
    public async Task<IMailSender> OpenAsync(IReminderDirectoryStore directory, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(directory);
        var from = From ?? (await directory.GetAsync(cancellationToken).ConfigureAwait(false)).Office
            ?? (Transport == "Outbox" ? "suggestiondesk@example.invalid"
                : throw new PSArgumentException($"-Transport {Transport} needs a sender: give -From, or set the office mailbox with Set-SuggestionDirectory -Office -Mailbox <address>.", nameof(From)));
        try
        {
            return Create(from);
        }
        catch (ArgumentException e)
        {
            throw new PSArgumentException(e.Message, e);
        }
    }

    private IMailSender Create(string from) => Transport switch
    {
        "Graph" => GraphMailSender.Create(
            new GraphMailOptions
            {
                SenderMailbox = from,
                Cloud = GraphCloud.Parse(Cloud ?? "Global"),
                Endpoint = GraphEndpoint,
            },
            new GraphSignIn
            {
                TenantId = TenantId,
                ClientId = ClientId,
                Certificate = Certificate,
                ClientSecret = Plain(ClientSecret),
                AccessToken = Plain(AccessToken),
                SignInHandler = SignInHandler,
            }),
        "Smtp" => new SmtpMailSender(new SmtpOptions
        {
            Host = SmtpServer ?? throw new ArgumentException("-Transport Smtp needs -SmtpServer, the host name of the mail server, e.g. smtp.example.gov.cn."),
            Port = SmtpPort,
            Security = Enum.Parse<SmtpSecurity>(SmtpSecurity ?? "Auto", ignoreCase: true),
            From = from,
            UserName = Credential?.UserName,
            Password = Credential?.GetNetworkCredential().Password,
        }),
        _ => new OutboxMailSender(OutboxPath, from),
    };

    private static string? Plain(SecureString? value) =>
        value is null ? null : new NetworkCredential(string.Empty, value).Password;
}
