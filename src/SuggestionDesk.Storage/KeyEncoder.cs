using System.Security.Cryptography;
using System.Text;

namespace SuggestionDesk.Storage;

/// <summary>
/// Turns any number or session name into a Table Storage key. Keys may not hold <c>/ \ # ?</c> or control
/// characters; we also escape the characters our key layout uses (<c>| ~ %</c>) and the quote. Escaping is
/// injective, so two values never share a key; a value whose escaped form is too long is keyed by its
/// SHA-256 instead (such keys start with <c>~</c>, which escaped keys never do). The stored value itself is
/// kept in a property, exactly as given: keys are never decoded.
/// </summary>
internal static class KeyEncoder
{
    /// <summary>The longest escaped key kept readable; longer ones are hashed. Table keys may be up to 1 KiB.</summary>
    public const int MaxReadableLength = 250;

    public static string Encode(string value)
    {
        ArgumentException.ThrowIfNullOrEmpty(value);
        var builder = new StringBuilder(value.Length + 8);
        foreach (var c in value)
        {
            if (MustEscape(c))
            {
                builder.Append('%').Append(((int)c).ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.Length <= MaxReadableLength ? builder.ToString() : "~" + Hash(value);
    }

    private static bool MustEscape(char c) =>
        c is '/' or '\\' or '#' or '?' or '%' or '|' or '~' or '\'' || char.IsControl(c);

    private static string Hash(string value) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(value)));
}
