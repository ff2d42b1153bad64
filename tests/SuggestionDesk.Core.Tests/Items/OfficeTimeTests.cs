using Microsoft.Extensions.Time.Testing;

namespace SuggestionDesk.Core.Tests.Items;

public sealed class OfficeTimeTests
{
    [Theory]
    [InlineData("2026-11-26T15:59:59Z", "2026-11-26")]
    [InlineData("2026-11-26T16:00:00Z", "2026-11-27")]
    [InlineData("2026-11-27T01:00:00Z", "2026-11-27")]
    public void TodayIsTheOfficesDateWhateverTheHostsZone(string utc, string expected)
    {
        var clock = new FakeTimeProvider(DateTimeOffset.Parse(utc, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), OfficeTime.Today(clock));
    }
}
