using System.Globalization;
using SuggestionDesk.Items;

namespace SuggestionDesk.Localization;

/// <summary>
/// How messages are written and in which language (docs/messages.md). A message is a template from a project's
/// Localization/Messages.resx (English) or Localization/Messages.zh.resx (Chinese), read through the generated <c>Messages</c> class in
/// the current UI culture, and filled in by <see cref="Format"/>: values stay as they are in both languages (numbers,
/// names, dates as <c>{0:yyyy-MM-dd}</c>), only the words around them change.
/// </summary>
public static class MessageText
{
    /// <summary>The culture Chinese messages are read in (every zh-* culture reads the same simplified texts).</summary>
    public static CultureInfo Chinese { get; } = CultureInfo.GetCultureInfo("zh-CN");

    /// <summary>The culture English messages are read in.</summary>
    public static CultureInfo English { get; } = CultureInfo.GetCultureInfo("en-US");

    /// <summary>
    /// The language of the current UI culture: Chinese for zh and every zh-* culture (zh-CN, zh-Hans, zh-SG, and also
    /// zh-TW, zh-HK and zh-Hant, which read the simplified texts rather than English); English for any other.
    /// </summary>
    public static Language Current => LanguageOf(CultureInfo.CurrentUICulture);

    /// <summary>The language messages are written in under <paramref name="culture"/> (see <see cref="Current"/>).</summary>
    public static Language LanguageOf(CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(culture);
        var name = culture.Name;
        return name.Equals("zh", StringComparison.OrdinalIgnoreCase) || name.StartsWith("zh-", StringComparison.OrdinalIgnoreCase)
            ? Language.Chinese
            : Language.English;
    }

    /// <summary>The UI culture that makes messages come out in <paramref name="language"/> (a host that has a language setting sets it).</summary>
    public static CultureInfo CultureOf(Language language) => language == Language.Chinese ? Chinese : English;

    /// <summary>
    /// Fills in a message template (<c>Messages.SomeKey</c>) with <paramref name="values"/>, formatted the same in both
    /// languages (invariant culture: <c>1,234</c>, <c>2021-03-15</c> with the template's <c>{0:yyyy-MM-dd}</c>).
    /// </summary>
    public static string Format(string template, params object?[] values) =>
        string.Format(CultureInfo.InvariantCulture, template, values);
}
