namespace SuggestionDesk.Spreadsheets.Tests.Points;

internal static class PointStores
{
    /// <summary>Reads an item that must exist.</summary>
    public static async Task<SuggestionItem> GetAsync(this ISuggestionStore store, string number) =>
        await store.FindAsync(SuggestionNumber.Parse(number)) ?? throw new InvalidOperationException($"Suggestion '{number}' is not in the store.");
}
