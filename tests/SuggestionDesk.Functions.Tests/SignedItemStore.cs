using SuggestionDesk.Storage;

namespace SuggestionDesk.Functions.Tests;

/// <summary>
/// The store the timer and page tests start from: item 2026/0001 (规划发展处, 李四), assigned on 2026-07-01 and signed
/// for the next day, optionally with the department's head in the directory.
/// </summary>
internal static class SignedItemStore
{
    public const string Head = "head.planning@example.gov.cn";

    public static async Task<SuggestionStorage> CreateAsync(string connectionString, string prefix, bool withHead)
    {
        var storage = SuggestionStorage.FromConnectionString(connectionString, prefix);
        await storage.CheckAsync();
        if (withHead)
        {
            await storage.Directory.SetHeadAsync("规划发展处", Head);
        }

        var item = SuggestionItem.Create(SuggestionDesk.Testing.Items.Spec("2026/0001") with { AssignedOn = new DateOnly(2026, 7, 1) }, TestClock.As());
        item.SignFor(new DateOnly(2026, 7, 2), TestClock.As());
        await storage.Items.AddAsync(item);
        return storage;
    }
}
