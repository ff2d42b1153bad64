using System.Security.Cryptography.X509Certificates;
using Azure.Core;
using Azure.Core.Pipeline;
using Azure.Identity;

namespace SuggestionDesk.Graph;

/// <summary>Turns a <see cref="GraphSignIn"/> into the Azure.Identity credential that gets Graph tokens in its cloud.</summary>
public static class GraphCredentials
{
    /// <summary>The credential for <paramref name="signIn"/>, signing in at <paramref name="cloud"/>'s authority.</summary>
    /// <exception cref="ArgumentException">The sign-in is incomplete or contradictory; the message says what to give.</exception>
    public static TokenCredential Create(GraphSignIn signIn, GraphCloud cloud)
    {
        ArgumentNullException.ThrowIfNull(signIn);
        ArgumentNullException.ThrowIfNull(cloud);
        if (signIn.Problems() is [var first, ..])
        {
            throw new ArgumentException(first, nameof(signIn));
        }

        if (!string.IsNullOrEmpty(signIn.AccessToken))
        {
            return new StaticTokenCredential(signIn.AccessToken);
        }

        if (signIn.Certificate is { } loaded)
        {
            return new ClientCertificateCredential(signIn.TenantId, signIn.ClientId, loaded, Options(new ClientCertificateCredentialOptions(), signIn, cloud));
        }

        if (!string.IsNullOrEmpty(signIn.CertificatePath) && !string.IsNullOrEmpty(signIn.CertificatePassword))
        {
            var certificate = new X509Certificate2(signIn.CertificatePath, signIn.CertificatePassword, X509KeyStorageFlags.EphemeralKeySet);
            return new ClientCertificateCredential(signIn.TenantId, signIn.ClientId, certificate, Options(new ClientCertificateCredentialOptions(), signIn, cloud));
        }

        if (!string.IsNullOrEmpty(signIn.CertificatePath))
        {
            return new ClientCertificateCredential(signIn.TenantId, signIn.ClientId, signIn.CertificatePath, Options(new ClientCertificateCredentialOptions(), signIn, cloud));
        }

        if (!string.IsNullOrEmpty(signIn.ClientSecret))
        {
            return new ClientSecretCredential(signIn.TenantId, signIn.ClientId, signIn.ClientSecret, Options(new ClientSecretCredentialOptions(), signIn, cloud));
        }

        var identity = string.IsNullOrWhiteSpace(signIn.ClientId)
            ? ManagedIdentityId.SystemAssigned
            : ManagedIdentityId.FromUserAssignedClientId(signIn.ClientId);
        return new ManagedIdentityCredential(Options(new ManagedIdentityCredentialOptions(identity), signIn, cloud));
    }

    private static T Options<T>(T options, GraphSignIn signIn, GraphCloud cloud)
        where T : TokenCredentialOptions
    {
        options.AuthorityHost = cloud.AuthorityHost;
        if (signIn.SignInHandler is { } handler)
        {
            options.Transport = new HttpClientTransport(handler);
        }

        return options;
    }

    private sealed class StaticTokenCredential(string token) : TokenCredential
    {
        // Its expiry is unknown here; Graph says 401 when it has passed, and the run reports that.
        private readonly AccessToken access = new(token, DateTimeOffset.UtcNow.AddHours(1));

        public override AccessToken GetToken(TokenRequestContext requestContext, CancellationToken cancellationToken) => access;

        public override ValueTask<AccessToken> GetTokenAsync(TokenRequestContext requestContext, CancellationToken cancellationToken) => new(access);
    }
}
