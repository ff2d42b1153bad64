using System.Text;
using SuggestionDesk.Files;

namespace SuggestionDesk.Core.Tests.Files;

/// <summary>An output appears whole or not at all, under any name the file system allows, and leaves nothing behind.</summary>
public sealed class WholeFileTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("sd-whole-").FullName;

    // 255 bytes in UTF-8, the longest file name Linux allows.
    private string LongestName => Path.Combine(folder, new string('长', 83) + "ab.pdf");

    [Fact]
    public async Task AFileWithTheLongestNameAllowedIsWritten()
    {
        Assert.Equal(255, Encoding.UTF8.GetByteCount(Path.GetFileName(LongestName)));

        await WholeFile.WriteAsync(LongestName, async (stream, token) =>
        {
            await stream.WriteAsync("报告"u8.ToArray(), token);
            return true;
        });

        Assert.Equal("报告", await File.ReadAllTextAsync(LongestName));
        Assert.Equal([LongestName], Directory.GetFiles(folder));
    }

    [Fact]
    public void AFailedWriteLeavesTheOldFileAndNoTemporaryFile()
    {
        var path = Path.Combine(folder, "ledger.csv");
        File.WriteAllText(path, "old");

        Assert.Throws<InvalidDataException>(() => WholeFile.Write(path, stream =>
        {
            stream.Write("half"u8);
            throw new InvalidDataException("the writer failed");
        }));

        Assert.Equal("old", File.ReadAllText(path));
        Assert.Equal([path], Directory.GetFiles(folder));
    }

    [Fact]
    public async Task ACancelledWriteLeavesNoTemporaryFile()
    {
        using var cancel = new CancellationTokenSource();
        var path = Path.Combine(folder, "report.pdf");

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => WholeFile.WriteAsync<bool>(path, async (stream, token) =>
        {
            await stream.WriteAsync("half"u8.ToArray(), token);
            await cancel.CancelAsync();
            token.ThrowIfCancellationRequested();
            return true;
        }, cancellationToken: cancel.Token));

        Assert.Empty(Directory.GetFiles(folder));
    }

    [Fact]
    public async Task WithoutOverwriteAnExistingFileIsKeptAndTheWriteFails()
    {
        var path = Path.Combine(folder, "message.eml");
        await File.WriteAllTextAsync(path, "first");

        await Assert.ThrowsAsync<IOException>(() => WholeFile.WriteAsync(path, (stream, _) => Task.FromResult(true), overwrite: false));

        Assert.Equal("first", await File.ReadAllTextAsync(path));
        Assert.Equal([path], Directory.GetFiles(folder));
    }

    [Fact]
    public void TheTemporaryNameIsShortAndInTheTargetsFolder()
    {
        string? seen = null;

        WholeFile.Write(LongestName, stream => seen = Path.GetFileName(((FileStream)stream).Name));

        Assert.Equal(10, seen!.Length);
        Assert.True(WholeFile.IsTemporary(seen), seen);
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);
}
