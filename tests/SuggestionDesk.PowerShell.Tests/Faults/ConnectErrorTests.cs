using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;

namespace SuggestionDesk.PowerShell.Tests.Faults;

/// <summary>
/// Connecting fails with a message that points the right way: refused credentials say so, a closed port fails at once
/// saying nothing is listening, an unknown host says its name did not resolve; none shows the SDK's retry text or the key.
/// After connecting, a throttled store is a ResourceBusy error naming the item.
/// </summary>
[Collection(ModuleCollection.Name)]
public sealed partial class ConnectErrorTests(AzuriteFixture azurite)
{
    [Fact]
    public void AWrongAccountKeyIsRefusedCredentialsNotAnUnreachableStore()
    {
        var wrongKey = Convert.ToBase64String(Enumerable.Range(0, 32).Select(i => (byte)i).ToArray());
        var connectionString = AccountKey().Replace(azurite.ConnectionString, "AccountKey=" + wrongKey);
        using var ps = new PowerShellSession();

        ps.Run("Connect-SuggestionStore -ConnectionString $args[0] -TablePrefix wrongKey", connectionString);

        var error = Assert.Single(ps.Errors);
        Assert.Equal(ErrorCategory.PermissionDenied, error.CategoryInfo.Category);
        Assert.StartsWith("StoreUnavailable,", error.FullyQualifiedErrorId, StringComparison.Ordinal);
        Assert.True(error.Exception.Message.Contains("refused the credentials (403 AuthorizationFailure)", StringComparison.Ordinal), error.Exception.Message);
        Assert.Contains("refused the credentials (403 AuthorizationFailure)", error.Exception.Message, StringComparison.Ordinal);
        Assert.Contains("check the account key", error.Exception.Message, StringComparison.Ordinal);
        Assert.Contains("Storage Table Data Contributor", error.Exception.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("Azurite", error.Exception.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(wrongKey, error.ToString(), StringComparison.Ordinal);
        AssertOurWords(error);
    }

    [Fact]
    public void AClosedPortFailsWithinAboutASecondSayingNothingIsListening()
    {
        var port = ClosedPort();
        using var ps = new PowerShellSession();
        var watch = Stopwatch.StartNew();

        ps.Run($"Connect-SuggestionStore -ConnectionString 'DefaultEndpointsProtocol=http;AccountName=x;AccountKey=eA==;TableEndpoint=http://127.0.0.1:{port}/x;'");

        watch.Stop();
        var error = Assert.Single(ps.Errors);
        Assert.Equal(ErrorCategory.ConnectionError, error.CategoryInfo.Category);
        Assert.Contains($"Nothing is listening at http://127.0.0.1:{port}/x", error.Exception.Message, StringComparison.Ordinal);
        Assert.Contains("Start Azurite", error.Exception.Message, StringComparison.Ordinal);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(2), $"took {watch.Elapsed}");
        AssertOurWords(error);
    }

    [Fact]
    public void AnUnknownHostSaysItsNameDidNotResolve()
    {
        using var ps = new PowerShellSession();

        ps.Run("Connect-SuggestionStore -ConnectionString 'DefaultEndpointsProtocol=https;AccountName=office;AccountKey=eA==;TableEndpoint=https://office.table.core.example.invalid/;'");

        var error = Assert.Single(ps.Errors);
        Assert.Equal(ErrorCategory.ConnectionError, error.CategoryInfo.Category);
        Assert.Contains("The host name 'office.table.core.example.invalid' of the table service", error.Exception.Message, StringComparison.Ordinal);
        Assert.Contains("did not resolve", error.Exception.Message, StringComparison.Ordinal);
        AssertOurWords(error);
    }

    [Fact]
    public void AThrottledStoreAfterConnectingIsResourceBusyNamingTheItem()
    {
        using var link = new StoreLink(azurite.ConnectionString);
        using var ps = new PowerShellSession();
        ps.RunClean("Connect-SuggestionStore -ConnectionString $args[0] -TablePrefix $args[1] | Out-Null", link.ConnectionString, AzuriteFixture.NewNames().Prefix);

        link.Throttle();
        var output = ps.Run("Set-Suggestion 2021/0347 -Title 新题目; 'went on'");

        var error = Assert.Single(ps.Errors);
        Assert.Equal("went on", Assert.Single(output).ToString());
        Assert.StartsWith("StoreUnavailable,", error.FullyQualifiedErrorId, StringComparison.Ordinal);
        Assert.Equal(ErrorCategory.ResourceBusy, error.CategoryInfo.Category);
        Assert.Equal("2021/0347", error.TargetObject?.ToString());
        Assert.Contains("is busy (HTTP 503 ServerBusy)", error.Exception.Message, StringComparison.Ordinal);
        AssertOurWords(error);
    }

    private static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static void AssertOurWords(ErrorRecord error)
    {
        var message = error.Exception.Message;
        Assert.DoesNotContain("Retry failed", message, StringComparison.Ordinal);
        Assert.DoesNotContain("Status:", message, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", message, StringComparison.Ordinal);
        Assert.DoesNotContain("Could not reach", message, StringComparison.Ordinal);
    }

    [GeneratedRegex("AccountKey=[^;]+")]
    private static partial Regex AccountKey();
}
