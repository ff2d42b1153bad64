using System.Net.Sockets;
using Azure;
using SuggestionDesk.Ports;
using SuggestionDesk.Storage;

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
        var explained = StoreFailures.Explain(new RequestFailedException(503, "Server Busy\nStatus: 503", "ServerBusy", null), Endpoint);

        var unavailable = Assert.IsType<StoreUnavailableException>(explained);
        Assert.Contains("https://office.table.core.windows.net/ answered HTTP 503 ServerBusy", unavailable.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("Status:", unavailable.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RetriesThatAllMetAClosedConnectionAreStoreUnavailableWithTheSocketsReason()
    {
        var retries = new AggregateException(
            new RequestFailedException("Connection refused", new HttpRequestException("Connection refused", new SocketException((int)SocketError.ConnectionRefused))),
            new IOException("Unable to read data from the transport connection"));

        var unavailable = Assert.IsType<StoreUnavailableException>(StoreFailures.Explain(retries, Endpoint));

        Assert.Contains("stopped answering", unavailable.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AnExceptionThatIsNotTheStoresIsLeftAlone()
    {
        Assert.Null(StoreFailures.Explain(new FileNotFoundException("x"), Endpoint));
        Assert.Null(StoreFailures.Explain(new AggregateException(new InvalidOperationException("x")), Endpoint));
    }
}
