using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text;

namespace SuggestionDesk.Items;

/// <summary>
/// Limits and checks shared by every text an item holds. Limits are in characters (UTF-16 code units),
/// which is what a person pasting from Word or Excel produces and what Table Storage measures.
/// </summary>
public static class TextRules
{
    /// <summary>The longest suggestion number, in Unicode characters (an emoji counts once).</summary>
    public const int NumberMaxLength = 200;

    /// <summary>The longest session name or short field (title, department, names, e-mail, topics).</summary>
    public const int ShortTextMaxLength = 1_000;

    /// <summary>The longest free text (a reply, a sub-point's measures, a note): 100,000 characters.</summary>
    public const int LongTextMaxLength = 100_000;

    /// <summary>Throws when <paramref name="value"/> is missing, blank (<see cref="IsBlank"/>), too long or holds control characters.</summary>
    public static string Required(string? value, string what, int maxLength = ShortTextMaxLength)
    {
        if (IsBlank(value))
        {
            throw new ArgumentException(Localization.MessageText.Format(Localization.Messages.TextMissing, what));
        }

        return Optional(value, what, maxLength)!;
    }

    /// <summary>Returns null for null or blank values (<see cref="IsBlank"/>); otherwise checks length and characters like <see cref="Required"/>.</summary>
    public static string? Optional(string? value, string what, int maxLength = ShortTextMaxLength)
    {
        if (IsBlank(value))
        {
            return null;
        }

        if (value.Length > maxLength)
        {
            throw new ArgumentException(Localization.MessageText.Format(Localization.Messages.TextTooLong, what, value.Length, maxLength));
        }

        var allowLineBreaks = maxLength > ShortTextMaxLength;
        var bad = FindForbidden(value, allowLineBreaks);
        if (bad is { } index)
        {
            var kind = char.IsSurrogate(value[index]) ? Localization.Messages.TextUnpairedSurrogate : Localization.Messages.TextControlCharacter;
            throw new ArgumentException(
                Localization.MessageText.Format(Localization.Messages.TextForbiddenCharacter, what, Quote(value), kind, (int)value[index], index + 1));
        }

        return value;
    }

    /// <summary>
    /// Whether <paramref name="value"/> shows nothing: null, empty, white space, or only invisible characters (zero-width
    /// space, joiners, word joiner, BOM, soft hyphen ...), which a cell copied from a web page or Word can hold while
    /// looking empty.
    /// </summary>
    public static bool IsBlank([NotNullWhen(false)] string? value)
    {
        foreach (var c in value ?? string.Empty)
        {
            if (!char.IsWhiteSpace(c) && !IsInvisible(c))
            {
                return false;
            }
        }

        return true;
    }

    // Format characters that render as nothing on their own; U+180E and U+2061..U+2064 are the rarer ones of the kind.
    private static bool IsInvisible(char c) =>
        c is '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF' or '\u00AD' or '\u180E' or (>= '\u2061' and <= '\u2064');

    /// <summary>The length up to which <see cref="Quote"/> shows a value whole.</summary>
    public const int QuoteMaxLength = 40;

    /// <summary>
    /// A value as a message echoes it: quoted, control characters made visible, and cut to a readable length with its
    /// size given, e.g. <c>'长长长…' (20,000 characters)</c>.
    /// </summary>
    public static string Quote(string? value)
    {
        value ??= string.Empty;
        return value.Length <= QuoteMaxLength
            ? $"'{Visible(value)}'"
            : Localization.MessageText.Format(Localization.Messages.TextQuoteLong, Shorten(value), value.Length);
    }

    /// <summary>A value cut to <see cref="QuoteMaxLength"/> characters (ending in …) with control characters made visible.</summary>
    public static string Shorten(string? value)
    {
        value ??= string.Empty;
        if (value.Length <= QuoteMaxLength)
        {
            return Visible(value);
        }

        var cut = char.IsHighSurrogate(value[QuoteMaxLength - 1]) ? QuoteMaxLength - 1 : QuoteMaxLength;
        return Visible(value[..cut]) + "…";
    }

    /// <summary>
    /// Shows a value with control characters (ESC, line breaks) and direction overrides made visible as <c>\u001B</c>, for
    /// messages: a cell can then neither drive the terminal nor reorder the line it is shown in.
    /// </summary>
    public static string Visible(string value)
    {
        var builder = new StringBuilder(Math.Min(value.Length, 120));
        foreach (var c in value.Length > 120 ? value[..117] + "..." : value)
        {
            builder.Append(char.IsControl(c) || IsDirectionControl(c) ? $"\\u{(int)c:X4}" : c.ToString());
        }

        return builder.ToString();
    }

    // Bidirectional embeddings, overrides and isolates: they make "txt.exe" read as "exe.txt".
    private static bool IsDirectionControl(char c) => c is >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069' or '\u200E' or '\u200F' or '\u061C';

    private static int? FindForbidden(string value, bool allowLineBreaks)
    {
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                i++;
                continue;
            }

            var lineBreak = c is '\r' or '\n' or '\t';
            if (char.IsSurrogate(c) || (char.IsControl(c) && !(allowLineBreaks && lineBreak)))
            {
                return i;
            }
        }

        return null;
    }

    /// <summary>Counts Unicode characters (runes), so that an emoji counts once.</summary>
    public static int RuneCount(string value)
    {
        var count = 0;
        foreach (var _ in value.EnumerateRunes())
        {
            count++;
        }

        return count;
    }

    internal static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
