namespace SuggestionDesk.Spreadsheets.Tests.Hostile;

/// <summary>Each hostile file in Hostile/Files imports, or is refused or unreadable with a clear error and nothing written.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class HostileFileTests(AzuriteFixture azurite)
{
    private static readonly ChangeContext Office = TestClock.As("督办办公室");

    [Theory]
    [MemberData(nameof(HostileCases.FileNames), MemberType = typeof(HostileCases))]
    public async Task AHostileFileImportsOrIsRefusedClearlyWithNothingWritten(string file)
    {
        var hostile = HostileCases.Files.Single(c => c.File == file);
        var path = Path.Combine(HostileCases.Folder, "Files", file);
        var store = azurite.NewStore();

        LedgerTable table;
        try
        {
            table = LedgerFiles.Read(path);
        }
        catch (Exception e) when (hostile.Expect == "unreadable" && e is InvalidDataException or NotSupportedException)
        {
            Assert.Contains(path, e.Message, StringComparison.Ordinal);
            Assert.Contains(hostile.Says!, e.Message, StringComparison.Ordinal);
            return;
        }

        Assert.NotEqual("unreadable", hostile.Expect);
        var result = await new LedgerImportService(store, Office).ImportAsync(table, skipInvalid: false);
        var stored = await store.QueryAsync(ItemQuery.All).ToListAsync();
        if (hostile.Expect == "refused")
        {
            Assert.True(result.Refused);
            Assert.Contains(hostile.Says!, string.Join(Environment.NewLine, result.Errors), StringComparison.Ordinal);
            Assert.Empty(stored);
            return;
        }

        Assert.True(result.Errors.Count == 0, string.Join(Environment.NewLine, result.Errors));
        Assert.Equal(hostile.Rows, result.Created);
        Assert.Equal(
            new[] { "关于推进智慧城市建设的建议", "关于优化营商环境的建议" }.Take(hostile.Rows),
            stored.OrderBy(i => i.Number.Value, StringComparer.Ordinal).Select(i => i.Title));
    }
}
