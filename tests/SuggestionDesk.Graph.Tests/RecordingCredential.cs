using System.Collections.Concurrent;
using Azure.Core;

namespace SuggestionDesk.Graph.Tests;

/// <summary>A credential that hands out a fixed token and records the scopes it was asked for.</summary>
internal sealed class RecordingCredential : TokenCredential
{
    public const string Token = "test-token-not-real";

    public ConcurrentBag<string> Scopes { get; } = [];

    public override AccessToken GetToken(TokenRequestContext requestContext, CancellationToken cancellationToken)
    {
        foreach (var scope in requestContext.Scopes)
        {
            Scopes.Add(scope);
        }

        return new AccessToken(Token, DateTimeOffset.UtcNow.AddHours(1));
    }

    public override ValueTask<AccessToken> GetTokenAsync(TokenRequestContext requestContext, CancellationToken cancellationToken) =>
        new(GetToken(requestContext, cancellationToken));
}
