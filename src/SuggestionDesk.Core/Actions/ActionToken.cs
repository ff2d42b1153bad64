using System.Security.Cryptography;

namespace SuggestionDesk.Actions;

/// <summary>
/// The secret a link carries: 256 random bits, written URL-safe with three check bytes so that a link cut short or
/// altered on its way (a mail client wrapping it, a hand editing it) is told apart from one never issued. Only its
/// hash is stored: whoever reads the store cannot make a working link from it.
/// </summary>
public sealed class ActionToken
{
    /// <summary>The random bytes: 32, i.e. 256 bits.</summary>
    public const int RandomBytes = 32;

    /// <summary>The length of <see cref="Text"/>: 35 bytes in unpadded URL-safe base64.</summary>
    public const int TextLength = 47;

    private const int CheckBytes = 3;

    private ActionToken(byte[] random)
    {
        Text = Convert.ToBase64String([.. random, .. Check(random)]).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        Hash = Convert.ToHexString(SHA256.HashData(random)).ToLowerInvariant();
    }

    /// <summary>The token as it goes in the link (47 URL-safe characters).</summary>
    public string Text { get; }

    /// <summary>The SHA-256 of the random bytes, in hex: what the store keeps and looks the link up by.</summary>
    public string Hash { get; }

    /// <summary>A new token from the system's cryptographic random source.</summary>
    public static ActionToken New() => new(RandomNumberGenerator.GetBytes(RandomBytes));

    /// <summary>
    /// Reads a token from a link; false when <paramref name="text"/> is not one this office issues (missing, cut short,
    /// altered): such a link is damaged, whether or not a link like it was ever issued.
    /// </summary>
    public static bool TryRead(string? text, out ActionToken? token)
    {
        token = null;
        if (text is not { Length: TextLength } || text.Any(c => !(char.IsAsciiLetterOrDigit(c) || c is '-' or '_')))
        {
            return false;
        }

        var bytes = Convert.FromBase64String(text.Replace('-', '+').Replace('_', '/') + "=");
        var random = bytes[..RandomBytes];
        var read = new ActionToken(random);
        // The check bytes catch an alteration; comparing the text catches a last character with stray low bits.
        if (!CryptographicOperations.FixedTimeEquals(Check(random), bytes[RandomBytes..]) || read.Text != text)
        {
            return false;
        }

        token = read;
        return true;
    }

    private static byte[] Check(byte[] random) => SHA256.HashData([.. "check"u8, .. random])[..CheckBytes];
}
