namespace SuggestionDesk.Storage.Tests;

internal static class StoreExtensions
{
    /// <summary>Reads an item that must exist.</summary>
    public static async Task<SuggestionItem> GetAsync(this ISuggestionStore store, string number) =>
        await store.FindAsync(SuggestionNumber.Parse(number)) ?? throw new InvalidOperationException($"Suggestion '{number}' is not in the store.");

    /// <summary>Adds an item and reads it twice, as two people working on it at once would.</summary>
    public static async Task<(SuggestionItem Mine, SuggestionItem Theirs)> AddAndReadTwiceAsync(this ISuggestionStore store, string number = "20210347")
    {
        await store.AddAsync(New(number));
        return (await store.GetAsync(number), await store.GetAsync(number));
    }
}
