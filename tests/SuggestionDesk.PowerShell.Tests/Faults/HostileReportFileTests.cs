using System.Diagnostics;
using System.Text;

namespace SuggestionDesk.PowerShell.Tests.Faults;

/// <summary>New-SuggestionReport's files: a narrative that never ends is refused, and the longest report name is written.</summary>
[Collection(ModuleCollection.Name)]
public sealed class HostileReportFileTests(AzuriteFixture azurite) : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("sd-hostile-report-").FullName;

    private string Report => Path.Combine(folder, "report.pdf");

    [Fact]
    public void ANarrativeLinkedToDevZeroIsRefusedNamingTheFileAndTheLimit()
    {
        var link = Path.Combine(folder, "narrative.md");
        File.CreateSymbolicLink(link, "/dev/zero");
        using var ps = azurite.Connect();

        ps.Run("New-SuggestionReport $args[0] -NarrativePath $args[1]", Report, link);

        var error = Assert.Single(ps.Errors);
        Assert.StartsWith("InvalidData,", error.FullyQualifiedErrorId, StringComparison.Ordinal);
        Assert.Contains($"'{link}'", error.Exception.Message, StringComparison.Ordinal);
        Assert.Contains("1 MB (1,048,576 bytes)", error.Exception.Message, StringComparison.Ordinal);
        Assert.Equal([link], Directory.GetFileSystemEntries(folder));
    }

    [Fact]
    public async Task ANarrativeFromAPipeThatNeverEndsIsRefused()
    {
        var pipe = Path.Combine(folder, "narrative.md");
        using (var mkfifo = Process.Start("mkfifo", [pipe]))
        {
            await mkfifo.WaitForExitAsync();
        }

        // Writes until the reader hangs up, as `yes > narrative.md` would.
        var writer = Task.Run(() =>
        {
            try
            {
                using var stream = new FileStream(pipe, FileMode.Open, FileAccess.Write);
                var chunk = Encoding.UTF8.GetBytes(new string('字', 20_000));
                while (true)
                {
                    stream.Write(chunk);
                }
            }
            catch (IOException)
            {
            }
        });
        using var ps = azurite.Connect();

        ps.Run("New-SuggestionReport $args[0] -NarrativePath $args[1]", Report, pipe);

        Assert.Contains("the limit for its Markdown", Assert.Single(ps.Errors).Exception.Message, StringComparison.Ordinal);
        await writer.WaitAsync(TimeSpan.FromSeconds(30));
        Assert.False(File.Exists(Report));
    }

    [Fact]
    public void AReportWithTheLongestFileNameAllowedIsWrittenAndNothingElse()
    {
        // 255 bytes in UTF-8, the longest file name Linux allows: a temporary name added to it would not fit.
        var path = Path.Combine(folder, new string('报', 83) + "ab.pdf");
        using var ps = azurite.Connect();

        ps.RunClean("New-SuggestionReport $args[0] -AsOf 2021-09-28 | Out-Null", path);

        Assert.Equal([path], Directory.GetFileSystemEntries(folder));
        Assert.StartsWith("%PDF", File.ReadAllText(path), StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);
}
