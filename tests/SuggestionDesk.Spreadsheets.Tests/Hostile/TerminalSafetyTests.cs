using System.Text;

namespace SuggestionDesk.Spreadsheets.Tests.Hostile;

/// <summary>
/// What an import says cannot drive the administrator's terminal or drown it: escape sequences and direction overrides
/// in cells and headers are shown as \u001B, and a giant cell is cut to a readable length with its size.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed class TerminalSafetyTests(AzuriteFixture azurite) : IDisposable
{
    private const string Escape = "\u001B]0;owned\u0007\u001B[2J\u001B[1;1HImported 24 items.\u202E";
    private static readonly ChangeContext Office = TestClock.As("督办办公室");
    private readonly TempDirectory temp = new();

    [Fact]
    public async Task EscapeSequencesInCellsAndHeadersAreShownNotSentAndAGiantCellIsCut()
    {
        var path = temp.File("hostile.csv");
        var giant = new string('长', 19 * 1024 * 1024 / 3);
        File.WriteAllText(path, string.Join("\r\n",
            $"编号,标题,届次,提出人,办理类型,承办部门,责任人,交办日期,\"备注{Escape}\"",
            $"2021/1,\"{Escape}\",市七届人大一次会议,王代表,主办,规划发展处,李四,2021-03-15,x",
            $"2021/2,好标题,市七届人大一次会议,王代表,主办,规划发展处,李四,\"{giant}\",x",
            $"2021/3,好标题,市七届人大一次会议,王代表,督办{Escape},规划发展处,李四,2021-03-15,x") + "\r\n", new UTF8Encoding(true));

        var result = await new LedgerImportService(azurite.NewStore(), Office).ImportAsync(LedgerFiles.Read(path), skipInvalid: false);
        var said = result.Errors.Select(e => e.ToString()).Concat(result.Warnings.Select(w => w.ToString())).ToArray();

        Assert.True(result.Refused);
        Assert.True(said.Length >= 4, string.Join(Environment.NewLine, said));
        Assert.All(said, line =>
        {
            Assert.DoesNotContain(line, c => char.IsControl(c) || c == '\u202E');
            Assert.True(line.Length < 1_000, $"a line of {line.Length:N0} characters");
        });
        Assert.Contains(said, l => l.Contains("\\u001B]0;owned\\u0007", StringComparison.Ordinal));
        Assert.Contains(said, l => l.Contains(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"({giant.Length:N0} characters)"), StringComparison.Ordinal));
    }

    public void Dispose() => temp.Dispose();
}
