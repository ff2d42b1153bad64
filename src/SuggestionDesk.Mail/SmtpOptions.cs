using SuggestionDesk.Localization;

namespace SuggestionDesk.Mail;

/// <summary>How the connection to the SMTP server is secured.</summary>
public enum SmtpSecurity
{
    /// <summary>TLS on connect for port 465, STARTTLS when the server offers it otherwise.</summary>
    Auto,

    /// <summary>STARTTLS, required (port 587).</summary>
    StartTls,

    /// <summary>TLS from the first byte (port 465).</summary>
    SslOnConnect,

    /// <summary>No encryption: only for a relay on the same host or a trusted internal network.</summary>
    None,
}

/// <summary>An SMTP server to send through, for offices without Microsoft 365.</summary>
public sealed record SmtpOptions
{
    /// <summary>The server's host name, e.g. <c>smtp.example.gov.cn</c>.</summary>
    public required string Host { get; init; }

    /// <summary>The port; 587 (submission) by default.</summary>
    public int Port { get; init; } = 587;

    /// <summary>How the connection is secured; <see cref="SmtpSecurity.Auto"/> by default.</summary>
    public SmtpSecurity Security { get; init; } = SmtpSecurity.Auto;

    /// <summary>The sender, e.g. <c>督办室 &lt;duban@example.gov.cn&gt;</c>.</summary>
    public required string From { get; init; }

    /// <summary>The user name to sign in with; none for a relay that does not ask.</summary>
    public string? UserName { get; init; }

    /// <summary>The password for <see cref="UserName"/>.</summary>
    public string? Password { get; init; }

    /// <summary>How long one command may take; 60 seconds by default.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>What is wrong with these options, one sentence each; empty when none.</summary>
    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        if (string.IsNullOrWhiteSpace(Host) || Uri.CheckHostName(Host) == UriHostNameType.Unknown)
        {
            problems.Add(MessageText.Format(Localization.Messages.SmtpHostInvalid, Host));
        }

        if (Port is < 1 or > 65535)
        {
            problems.Add(MessageText.Format(Localization.Messages.SmtpPortInvalid, Port));
        }

        if (string.IsNullOrEmpty(UserName) != string.IsNullOrEmpty(Password))
        {
            problems.Add(Localization.Messages.SmtpUserAndPassword);
        }

        if (Timeout <= TimeSpan.Zero)
        {
            problems.Add(MessageText.Format(Localization.Messages.MailTimeoutNotPositive, Timeout));
        }

        return problems;
    }
}
