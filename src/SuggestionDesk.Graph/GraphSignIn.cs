using System.Security.Cryptography.X509Certificates;
using SuggestionDesk.Localization;

namespace SuggestionDesk.Graph;

/// <summary>
/// How the transport signs in, app-only. Give a client certificate or a client secret with the tenant and the
/// application's client id; or nothing, for the managed identity of the Azure host (with <see cref="ClientId"/>
/// alone, a user-assigned one); or a ready access token (for a one-off run by an administrator).
/// </summary>
public sealed record GraphSignIn
{
    /// <summary>The directory (tenant) id or domain.</summary>
    public string? TenantId { get; init; }

    /// <summary>The application (client) id; alone, the client id of a user-assigned managed identity.</summary>
    public string? ClientId { get; init; }

    /// <summary>A PEM or PFX file holding the application's certificate and private key.</summary>
    public string? CertificatePath { get; init; }

    /// <summary>The PFX file's password, if it has one.</summary>
    public string? CertificatePassword { get; init; }

    /// <summary>The application's certificate, loaded already with its private key (from a certificate store, say).</summary>
    public X509Certificate2? Certificate { get; init; }

    /// <summary>The application's client secret (prefer a certificate or a managed identity).</summary>
    public string? ClientSecret { get; init; }

    /// <summary>An access token for Graph obtained elsewhere; used as is until it expires.</summary>
    public string? AccessToken { get; init; }

    /// <summary>The HTTP handler the sign-in's requests go through; the Azure SDK's own transport when null.</summary>
    public HttpMessageHandler? SignInHandler { get; init; }

    /// <summary>What is wrong with this sign-in, one sentence each; empty when none.</summary>
    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        var secrets = new[] { CertificatePath, ClientSecret, AccessToken }.Count(s => !string.IsNullOrEmpty(s)) + (Certificate is null ? 0 : 1);
        if (secrets > 1)
        {
            problems.Add(Localization.Messages.GraphOneCredential);
        }

        if ((!string.IsNullOrEmpty(CertificatePath) || Certificate is not null || !string.IsNullOrEmpty(ClientSecret)) &&
            (string.IsNullOrWhiteSpace(TenantId) || string.IsNullOrWhiteSpace(ClientId)))
        {
            problems.Add(Localization.Messages.GraphNeedsTenantAndClient);
        }

        if (!string.IsNullOrEmpty(CertificatePath) && !File.Exists(CertificatePath))
        {
            problems.Add(MessageText.Format(Localization.Messages.GraphCertificateMissing, CertificatePath));
        }

        return problems;
    }
}
