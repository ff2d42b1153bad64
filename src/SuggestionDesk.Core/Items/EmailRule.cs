using System.Net.Mail;

namespace SuggestionDesk.Items;

/// <summary>
/// What the office accepts as a handling officer's e-mail address. One rule, so that the item and the
/// ledger's row validation refuse the same values.
/// </summary>
public static class EmailRule
{


    /// <summary>Whether <paramref name="value"/> (already trimmed) is a plain address with a dotted domain.</summary>
    public static bool IsValid(string value) =>
        MailAddress.TryCreate(value, out var parsed) && parsed.Address == value && value.Contains('.', StringComparison.Ordinal);

    /// <summary>Returns the trimmed address, or throws naming <paramref name="what"/> and the value.</summary>
    public static string Check(string value, string what)
    {
        var trimmed = value?.Trim() ?? string.Empty;
        return IsValid(trimmed)
            ? trimmed
            : throw new ArgumentException(Localization.MessageText.Format(Localization.Messages.ItemEmailInvalid, what, TextRules.Quote(value)));
    }
}
