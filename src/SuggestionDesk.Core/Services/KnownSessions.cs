using System.Globalization;
using System.Text;
using SuggestionDesk.Localization;
using SuggestionDesk.Ports;

namespace SuggestionDesk.Services;

/// <summary>
/// A session named for a report or a summary must be one the store holds: a misspelt name would otherwise give an
/// official document of nothing ("共接收办理人大代表建议0件"). Every host checks it here, before anything is read or written.
/// </summary>
public static class KnownSessions
{
    private const string ChineseDigits = "〇一二三四五六七八九";

    /// <summary>
    /// Throws <see cref="SessionNotFoundException"/> naming <paramref name="session"/> and the sessions the store holds
    /// when the store has never held an item of it (compared after trimming); a null or blank session (every session) passes.
    /// </summary>
    public static async Task RequireAsync(ISuggestionStore store, string? session, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        if (string.IsNullOrWhiteSpace(session))
        {
            return;
        }

        var given = session.Trim();
        var known = new List<string>();
        await foreach (var name in store.GetSessionsAsync(cancellationToken).ConfigureAwait(false))
        {
            if (string.Equals(name, given, StringComparison.Ordinal))
            {
                return;
            }

            known.Add(name);
        }

        known.Sort(StringComparer.Ordinal);
        var key = Key(given);
        var suggested = known.FirstOrDefault(k => string.Equals(Key(k), key, StringComparison.Ordinal));
        var list = string.Join(Messages.WordListSeparator, known);
        var message = known.Count == 0
            ? MessageText.Format(Messages.SessionUnknownStoreEmpty, given)
            : suggested is null
                ? MessageText.Format(Messages.SessionUnknown, given, list)
                : MessageText.Format(Messages.SessionUnknownDidYouMean, given, suggested, list);
        throw new SessionNotFoundException(given, known, suggested, message);
    }

    /// <summary>
    /// A session's name as compared for a suggestion: compatibility forms folded (full-width letters and digits), no
    /// spaces of any width, and numbers up to 99 written in Chinese (3 and ３ as 三, 12 as 十二).
    /// </summary>
    internal static string Key(string name)
    {
        var text = name.Normalize(NormalizationForm.FormKC);
        var key = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsWhiteSpace(text[i]))
            {
                continue;
            }

            if (!char.IsAsciiDigit(text[i]))
            {
                key.Append(text[i]);
                continue;
            }

            var end = i;
            while (end < text.Length && char.IsAsciiDigit(text[end]))
            {
                end++;
            }

            key.Append(InChinese(text[i..end]));
            i = end - 1;
        }

        return key.ToString();
    }

    private static string InChinese(string digits)
    {
        var n = digits.Length > 2 ? 0 : int.Parse(digits, CultureInfo.InvariantCulture);
        if (n == 0)
        {
            // 0, and numbers of three digits or more, digit by digit.
            return string.Concat(digits.Select(d => ChineseDigits[d - '0']));
        }

        var (tens, ones) = (n / 10, n % 10);
        var tensPart = tens switch { 0 => string.Empty, 1 => "十", _ => $"{ChineseDigits[tens]}十" };
        return ones == 0 ? tensPart : tensPart + ChineseDigits[ones];
    }
}
