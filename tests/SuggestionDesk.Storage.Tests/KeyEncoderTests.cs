namespace SuggestionDesk.Storage.Tests;

public sealed class KeyEncoderTests
{
    [Theory]
    [InlineData("2021/0347", "2021%2F0347")]
    [InlineData("2026#12", "2026%2312")]
    [InlineData("A\\B", "A%5CB")]
    [InlineData("a?b|c~d%e'f", "a%3Fb%7Cc%7Ed%25e%27f")]
    [InlineData("第３４７号", "第３４７号")]
    public void EscapesOnlyWhatKeysCannotHoldOrTheLayoutUses(string value, string key)
    {
        Assert.Equal(key, KeyEncoder.Encode(value));
    }

    [Fact]
    public void DistinctValuesNeverShareAKey()
    {
        string[] values = ["2021/0347", "2021%2F0347", "2021%252F0347", "a|b", "a%7Cb", "~x", "%7Ex"];

        var keys = values.Select(KeyEncoder.Encode).ToArray();

        Assert.Equal(values.Length, keys.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void AValueTooLongToReadIsKeyedByItsHash()
    {
        var longValue = string.Concat(Enumerable.Repeat("/", 200));

        var key = KeyEncoder.Encode(longValue);

        Assert.StartsWith("~", key, StringComparison.Ordinal);
        Assert.Equal(65, key.Length);
        Assert.NotEqual(key, KeyEncoder.Encode(longValue[..^1] + "\\"));
    }
}
