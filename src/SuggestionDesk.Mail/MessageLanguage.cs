namespace SuggestionDesk.Mail;

/// <summary>The language a reminder message is written in.</summary>
public enum MessageLanguage
{
    /// <summary>Simplified Chinese, the default.</summary>
    Chinese,

    /// <summary>English.</summary>
    English,
}
