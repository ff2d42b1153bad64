using SuggestionDesk.Calendar;

namespace SuggestionDesk.Ledger;

/// <summary>
/// Dates in ledger cells, read and written as <see cref="CalendarDateText"/> reads and writes them everywhere
/// (the cmdlets' date parameters too), so a date typed at the prompt and one in a ledger mean the same day.
/// </summary>
internal static class LedgerDate
{
    /// <summary>The formats accepted, for messages.</summary>
    public static string Formats => CalendarDateText.Formats;

    /// <summary>The earliest date accepted.</summary>
    public static readonly DateOnly Earliest = CalendarDateText.Earliest;

    /// <summary>Reads <paramref name="text"/>; on failure <paramref name="expected"/> says what is expected instead.</summary>
    public static bool TryParse(string text, out DateOnly date, out string expected) => CalendarDateText.TryParse(text, out date, out expected);

    /// <summary>The ledger's own form, <c>yyyy-MM-dd</c>.</summary>
    public static string Format(DateOnly? date) => CalendarDateText.Format(date);
}
