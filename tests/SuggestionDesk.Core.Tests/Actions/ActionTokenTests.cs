using SuggestionDesk.Actions;

namespace SuggestionDesk.Core.Tests.Actions;

public sealed class ActionTokenTests
{
    [Fact]
    public void ANewTokenIs256RandomBitsWrittenUrlSafeAndReadsBackToTheSameHash()
    {
        var token = ActionToken.New();

        Assert.True(ActionToken.TryRead(token.Text, out var read));
        Assert.Equal(ActionToken.TextLength, token.Text.Length);
        Assert.Matches("^[A-Za-z0-9_-]+$", token.Text);
        Assert.Equal(token.Hash, read!.Hash);
        Assert.Matches("^[0-9a-f]{64}$", token.Hash);
        Assert.Equal(32, ActionToken.RandomBytes);
        Assert.DoesNotContain(token.Hash, token.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void TokensDoNotRepeat()
    {
        var texts = Enumerable.Range(0, 1000).Select(_ => ActionToken.New().Text).ToHashSet(StringComparer.Ordinal);

        Assert.Equal(1000, texts.Count);
    }

    [Fact]
    public void AnAlteredCutShortOrPaddedTokenIsNotRead()
    {
        var text = ActionToken.New().Text;
        var altered = (text[10] == 'A' ? 'B' : 'A') + string.Empty;

        Assert.False(ActionToken.TryRead(text[..10] + altered + text[11..], out _));
        Assert.False(ActionToken.TryRead(text[..^1], out _));
        Assert.False(ActionToken.TryRead(text + "A", out _));
        Assert.False(ActionToken.TryRead(text[..5] + "+" + text[6..], out var none));
        Assert.Null(none);
        Assert.False(ActionToken.TryRead(null, out _));
        Assert.False(ActionToken.TryRead("../../etc/passwd", out _));
    }
}
