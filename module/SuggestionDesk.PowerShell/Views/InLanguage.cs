using SuggestionDesk.Items;
using SuggestionDesk.Localization;
using SuggestionDesk.PowerShell.Localization;

namespace SuggestionDesk.PowerShell.Views;

/// <summary>
/// Picks what a default view shows in the UI culture's language (<see cref="MessageText.Current"/>), read when the
/// view is drawn: the views' <c>…Shown</c> properties, hidden from Get-Member, Select-Object * and Export-Csv, so the
/// objects' own properties stay as scripts know them.
/// </summary>
internal static class InLanguage
{
    /// <summary>Whether the current UI culture reads Chinese.</summary>
    public static bool Chinese => MessageText.Current == Language.Chinese;

    /// <summary><paramref name="chinese"/> for a Chinese UI culture, else <paramref name="english"/>.</summary>
    public static string? Pick(string? english, string? chinese) => Chinese ? chinese : english;

    /// <summary>是 or 否, Yes or No.</summary>
    public static string YesNo(bool value) => value ? Messages.WordYes : Messages.WordNo;
}
