using System.Net.Sockets;
using Azure;
using SuggestionDesk.Ports;
using SuggestionDesk.Storage;
using SuggestionDesk.Testing;

namespace SuggestionDesk.Storage.Tests;

/// <summary>What the Azure SDK throws becomes the core's store exceptions, in our words, naming the value or the service.</summary>
public sealed class StoreFailuresTests
{
    private static readonly Uri Endpoint = new("https://office.table.core.windows.net/");

    [Theory]
    [InlineData(431)]
    [InlineData(414)]
    [InlineData(413)]
    [InlineData(400)]
    public void ARequestTooLargeForTheServiceNamesTheLongestValueCut(int status)
    {
        var failure = new RequestFailedException(status, "Request Header Fields Too Large\nStatus: 431\nHeaders: ...");
        var query = new ItemQuery { Department = new string('长', 5_000), Owner = "李四" };

        Assert.True(StoreFailures.IsRefusal(failure));
        var refused = StoreFailures.Refused(query, failure);

        Assert.Contains($"Department '{new string('长', 40)}…' (5,000 characters) (HTTP {status})", refused.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("Headers:", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AQueryValueLongerThanAnyStoredValueIsNotSent()
    {
        var error = Assert.Throws<StoreRefusedException>(() => StoreFailures.CheckLengths(new ItemQuery { Owner = new string('x', 1_001) }));

        Assert.Contains("Owner 'xxxx", error.Message, StringComparison.Ordinal);
        StoreFailures.CheckLengths(new ItemQuery { Owner = new string('x', 1_000) });
    }

    [Fact]
    public void AnErrorAnswerAfterConnectingIsStoreUnavailableNamingTheServiceAndStatus()
    {
        var explained = StoreFailures.Explain(new RequestFailedException(500, "Internal\nStatus: 500", "InternalError", null), Endpoint);

        var unavailable = Assert.IsType<StoreUnavailableException>(explained);
        Assert.Contains("https://office.table.core.windows.net/ answered HTTP 500 InternalError", unavailable.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("Status:", unavailable.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(403, "AuthorizationFailure")]
    [InlineData(403, "AuthenticationFailed")]
    public void RefusedCredentialsAfterConnectingSaySoAndCarryTheStatus(int status, string code)
    {
        var unavailable = Assert.IsType<StoreUnavailableException>(StoreFailures.Explain(new RequestFailedException(status, "Forbidden\nStatus: 403", code, null), Endpoint));

        Assert.Equal(status, unavailable.Status);
        Assert.Contains($"refused the credentials ({status} {code}): check the account key, or give the identity the Storage Table Data Contributor role", unavailable.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RefusedCredentialsReadChineseUnderAChineseUiCulture()
    {
        var refused = new RequestFailedException(403, "Forbidden", "AuthorizationPermissionMismatch", null);
        using var culture = UiCulture.Use("zh-CN");

        var message = StoreFailures.AtConnect(refused, Endpoint, withKey: false)!.Message;

        Assert.Equal(
            "https://office.table.core.windows.net/ 的表格存储服务拒绝了凭据（403 AuthorizationPermissionMismatch）：请在存储账户上为该身份授予 Storage Table Data Contributor 角色（或使用具有该角色的身份登录）。",
            message);
    }

    [Fact]
    public void RefusedCredentialsAtConnectPointAtTheKeyOrTheRole()
    {
        var refused = new RequestFailedException(403, "Forbidden", "AuthorizationPermissionMismatch", null);

        Assert.Contains("check the account key (or SAS) in the connection string", StoreFailures.AtConnect(refused, Endpoint, withKey: true)!.Message, StringComparison.Ordinal);
        Assert.Contains("give the identity the Storage Table Data Contributor role", StoreFailures.AtConnect(refused, Endpoint, withKey: false)!.Message, StringComparison.Ordinal);
        Assert.Null(StoreFailures.AtConnect(new RequestFailedException(500, "Internal", "InternalError", null), Endpoint, withKey: true));
    }

    [Fact]
    public void AThrottledServiceAfterConnectingIsBusy()
    {
        var busy = Assert.IsType<StoreUnavailableException>(StoreFailures.Explain(new RequestFailedException(429, "Too many", "TooManyRequests", null), Endpoint));

        Assert.Equal(429, busy.Status);
        Assert.Contains("is busy (HTTP 429 TooManyRequests)", busy.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RetriesThatAllMetAClosedConnectionAreStoreUnavailableWithTheSocketsReason()
    {
        var retries = new AggregateException(
            new RequestFailedException("Connection refused", new HttpRequestException("Connection refused", new SocketException((int)SocketError.ConnectionRefused))),
            new IOException("Unable to read data from the transport connection"));

        var unavailable = Assert.IsType<StoreUnavailableException>(StoreFailures.Explain(retries, Endpoint));

        Assert.Contains("stopped answering", unavailable.Message, StringComparison.Ordinal);
        Assert.Null(unavailable.Status);
    }

    [Fact]
    public void AnExceptionThatIsNotTheStoresIsLeftAlone()
    {
        Assert.Null(StoreFailures.Explain(new FileNotFoundException("x"), Endpoint));
        Assert.Null(StoreFailures.Explain(new AggregateException(new InvalidOperationException("x")), Endpoint));
    }
}
