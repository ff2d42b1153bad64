using System.Text;

namespace SuggestionDesk.Spreadsheets.Tests.Hostile;

/// <summary>
/// Each hostile value, in a two-row CSV ledger beside a valid row: either it is imported and comes back exactly
/// from an export (CSV and xlsx), or the file is refused with an error on its row and column and nothing is written.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class HostileFieldTests(AzuriteFixture azurite) : IDisposable
{
    private const string ValidNumber = "2021/0001";
    private const string HostileNumber = "2021/0347";
    private static readonly ChangeContext Office = TestClock.As("督办办公室");

    private static readonly (string Column, string Value)[] BaseRow =
    [
        ("Number", HostileNumber), ("Title", "关于创新智慧城市建设的建议"), ("Kind", "建议"), ("Session", "市七届人大一次会议"),
        ("Proposers", "王代表、李代表"), ("Role", "主办"), ("LeadUnit", ""), ("Department", "规划发展处"), ("Owner", "李四"),
        ("OwnerEmail", "lisi@example.gov.cn"), ("AssignedOn", "2021-03-15"), ("SignedOn", "2021-03-16"), ("RepliedOn", "2021-05-20"),
        ("ResultClass", "A"), ("Evaluation", "满意"), ("EvaluatedOn", "2021-06-01"), ("PublishedOn", "2021-06-20"), ("Topics", "智慧城市、数字政府"),
    ];

    private readonly TempDirectory temp = new();

    [Theory]
    [MemberData(nameof(HostileCases.FieldNames), MemberType = typeof(HostileCases))]
    public async Task AHostileValueRoundTripsExactlyOrIsRefusedOnItsRowAndColumnWithNothingWritten(string name)
    {
        var hostile = HostileCases.Fields.Single(c => c.Name == name);
        var store = azurite.NewStore();
        var path = temp.File("ledger.csv");
        WriteCsv(path, hostile);

        var result = await new LedgerImportService(store, Office).ImportAsync(LedgerFiles.Read(path), skipInvalid: false);

        if (hostile.Expect == "error")
        {
            Assert.True(result.Refused, $"'{name}' was imported");
            Assert.Equal(0, result.Created);
            Assert.All(result.Errors, e => Assert.Equal(3, e.Row));
            var error = Assert.Single(result.Errors, e => e.Column == hostile.Column);
            Assert.False(string.IsNullOrWhiteSpace(error.Expected));
            Assert.Contains(hostile.Says ?? hostile.Value[..Math.Min(hostile.Value.Length, 100)], error.ToString(), StringComparison.Ordinal);
            Assert.Empty(await store.QueryAsync(ItemQuery.All).ToListAsync());
            return;
        }

        if (hostile.Expect == "folded")
        {
            Assert.True(result.Errors.Count == 0, string.Join(Environment.NewLine, result.Errors));
            Assert.Equal(2, result.Created);
            Assert.Contains(result.Warnings, w => w.Row == 3 && w.Column == hostile.Column && w.Message.Contains(hostile.Says!, StringComparison.Ordinal));
            var stored = await store.QueryAsync(ItemQuery.All).ToListAsync();
            Assert.Contains(stored, i => i.Title == hostile.Says || i.Owner == hostile.Says || i.Department == hostile.Says);
            return;
        }

        Assert.Equal("roundtrip", hostile.Expect);
        Assert.True(result.Errors.Count == 0, string.Join(Environment.NewLine, result.Errors));
        Assert.Equal(2, result.Created);
        var exported = await new LedgerExportService(store).ExportAsync();
        foreach (var file in new[] { temp.File("export.csv"), temp.File("export.xlsx") })
        {
            LedgerFiles.Write(file, exported);
            var back = LedgerFiles.Read(file);
            var number = Array.IndexOf(back.Headers.ToArray(), "Number");
            var column = Array.IndexOf(back.Headers.ToArray(), hostile.Column);
            var row = back.Rows.Single(r => r.Cell(number) != ValidNumber);
            Assert.Equal(hostile.Value, row.Cell(column));
        }
    }

    public void Dispose() => temp.Dispose();

    /// <summary>Writes the ledger as a person's file would be, every cell quoted, independently of the adapter's writer.</summary>
    private static void WriteCsv(string path, FieldCase hostile)
    {
        var hostileRow = BaseRow.Select(c => c.Column == hostile.Column ? hostile.Value : c.Value);
        var validRow = BaseRow.Select(c => c.Column == "Number" ? ValidNumber : c.Value);
        var lines = new[] { BaseRow.Select(c => c.Column), validRow, hostileRow }
            .Select(cells => string.Join(',', cells.Select(c => $"\"{c.Replace("\"", "\"\"", StringComparison.Ordinal)}\"")));
        File.WriteAllText(path, string.Join("\r\n", lines) + "\r\n", new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));
    }
}
