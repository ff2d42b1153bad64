using Azure.Core;
using Azure.Identity;

namespace SuggestionDesk.Graph.Tests;

/// <summary>A sign-in that fails stops the run's sending: the result says so, with the reason and without MSAL's trace.</summary>
public sealed class GraphSignInTests : IAsyncLifetime
{
    private readonly GraphRecorder recorder = GraphRecorder.Start();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await recorder.DisposeAsync();

    public static TheoryData<Exception> SignInFailures =>
    [
        new AuthenticationFailedException("ClientCertificateCredential authentication failed: AADSTS700027: Client assertion contains an invalid signature.\nTrace ID: 1234\nCorrelation ID: 5678"),
        new CredentialUnavailableException("ManagedIdentityCredential authentication unavailable. No response received from the managed identity endpoint."),
    ];

    [Theory]
    [MemberData(nameof(SignInFailures))]
    public async Task AFailedSignInIsNotSentAndStopsTheRunWithTheReason(Exception failure)
    {
        using var sender = GraphMailSender.Create(
            new GraphMailOptions { SenderMailbox = Senders.Mailbox, Endpoint = recorder.Root }, new FailingCredential(failure), new MailboxGate(4, 30));

        var result = await sender.SendAsync(Senders.Message("lisi@example.gov.cn"));

        Assert.False(result.IsSent);
        Assert.Contains("signing in to Global Graph failed", result.RunStoppedBecause, StringComparison.Ordinal);
        Assert.Contains(failure.Message.Split('\n')[0].TrimEnd('.'), result.Reason, StringComparison.Ordinal);
        Assert.DoesNotContain("Trace ID", result.Reason, StringComparison.Ordinal);
        Assert.Empty(recorder.Requests);
    }

    [Fact]
    public async Task ATokenGraphRefusesWith401StopsTheRun()
    {
        recorder.Respond(_ => RecordedResponse.Error(401, "InvalidAuthenticationToken", "Access token validation failure."));
        using var sender = Senders.For(recorder);

        var result = await sender.SendAsync(Senders.Message("lisi@example.gov.cn"));

        Assert.False(result.IsSent);
        Assert.Contains("401 InvalidAuthenticationToken", result.RunStoppedBecause, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnotherRefusalDoesNotStopTheRun()
    {
        recorder.Respond(_ => RecordedResponse.Error(403, "ErrorAccessDenied", "Access is denied."));
        using var sender = Senders.For(recorder);

        var result = await sender.SendAsync(Senders.Message("lisi@example.gov.cn"));

        Assert.Null(result.RunStoppedBecause);
    }

    private sealed class FailingCredential(Exception failure) : TokenCredential
    {
        public override AccessToken GetToken(TokenRequestContext requestContext, CancellationToken cancellationToken) => throw failure;

        public override ValueTask<AccessToken> GetTokenAsync(TokenRequestContext requestContext, CancellationToken cancellationToken) => throw failure;
    }
}
