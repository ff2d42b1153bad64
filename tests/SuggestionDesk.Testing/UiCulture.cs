using System.Globalization;

namespace SuggestionDesk.Testing;

/// <summary>
/// Sets the current UI culture for the length of a test and puts the one before back on dispose, so a test can read
/// the messages a person with that culture reads (<c>using var _ = UiCulture.Use("zh-CN");</c>).
/// </summary>
public sealed class UiCulture : IDisposable
{
    private readonly CultureInfo before;

    private UiCulture(CultureInfo culture)
    {
        before = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = culture;
    }

    /// <summary>Uses <paramref name="name"/> (e.g. zh-CN) as the UI culture until disposed.</summary>
    public static UiCulture Use(string name) => new(CultureInfo.GetCultureInfo(name));

    /// <inheritdoc />
    public void Dispose() => CultureInfo.CurrentUICulture = before;
}
