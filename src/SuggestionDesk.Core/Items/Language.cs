namespace SuggestionDesk.Items;

/// <summary>
/// The language people read something in: a report, a reminder, a ledger's header row. One type for all of them, so
/// every host and parameter spells it the same way (Chinese or English, 中文 or 英文, zh or en).
/// </summary>
public enum Language
{
    /// <summary>Simplified Chinese, the default; a report is laid out like an official document (GB/T 9704).</summary>
    Chinese,

    /// <summary>English, with the same structure.</summary>
    English,
}

/// <summary>Names of the languages for people and parameters.</summary>
public static class LanguageNames
{
    /// <summary>The words for each language: its Chinese name, and the culture codes scripts pass (zh, zh-CN, en).</summary>
    public static EnumWords<Language> Words { get; } = new(
        "language",
        (Language.Chinese, ["中文"], ["汉语", "简体中文", "zh", "zh-CN", "zh-Hans", "Simplified Chinese"]),
        (Language.English, ["英文"], ["英语", "en", "en-US", "en-GB"]));
}
