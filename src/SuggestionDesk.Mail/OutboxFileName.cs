using System.Globalization;
using System.Text;

namespace SuggestionDesk.Mail;

/// <summary>A file name for one message that is valid on Windows and Linux and sorts by time.</summary>
internal static class OutboxFileName
{
    private const int MaxRecipientLength = 64;

    public static string For(DateTimeOffset at, string recipient)
    {
        var stamp = at.UtcDateTime.ToString("yyyyMMdd'T'HHmmssfff'Z'", CultureInfo.InvariantCulture);
        var unique = Guid.NewGuid().ToString("N")[..8];
        return $"{stamp}_{Sanitize(recipient)}_{unique}.eml";
    }

    // Only ASCII letters, digits and . - _ @ survive: they are legal everywhere, and no reserved name
    // (CON, NUL ...) can result because the stamp comes first.
    private static string Sanitize(string recipient)
    {
        var safe = new StringBuilder(Math.Min(recipient.Length, MaxRecipientLength));
        foreach (var c in recipient.Take(MaxRecipientLength))
        {
            safe.Append(char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_' or '@' ? c : '_');
        }

        return safe.Length == 0 ? "unknown" : safe.ToString().TrimEnd('.');
    }
}
