using System.Security.Cryptography;
using System.Text;
using SuggestionDesk.Reminders;

namespace SuggestionDesk.Ports;

/// <summary>
/// The key a message carries so that a transport can find it again: <c>sd-</c> and 32 hex digits of SHA-256 over what
/// makes the message the one it is (a reminder's log keys; a report's period and recipient). The same message gets the
/// same key in every run; different messages never share one. Hex only, so it goes into a query filter as it is.
/// </summary>
public static class DeliveryKeys
{
    /// <summary>The key of a reminder message recorded under <paramref name="keys"/>.</summary>
    public static string For(IEnumerable<ReminderKey> keys)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var parts = keys.Select(k => string.Join("\u001f", k.Recipient.ToUpperInvariant(), k.Number, k.Clock, k.Stage, k.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)))
            .Order(StringComparer.Ordinal);
        return Hash("reminder\u001e" + string.Join("\u001e", parts));
    }

    /// <summary>The key of the report <paramref name="period"/> mailed to <paramref name="recipient"/>.</summary>
    public static string ForReport(string period, string recipient)
    {
        ArgumentNullException.ThrowIfNull(recipient);
        return Hash("report\u001e" + period + "\u001e" + recipient.Trim().ToUpperInvariant());
    }

    private static string Hash(string text) =>
        "sd-" + Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..32].ToLowerInvariant();
}
