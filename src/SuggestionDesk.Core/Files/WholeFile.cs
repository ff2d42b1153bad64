using System.Security.Cryptography;
using SuggestionDesk.Localization;

namespace SuggestionDesk.Files;

/// <summary>
/// Writes an output file whole or not at all: into a temporary file beside it, moved over the target once complete,
/// and deleted when anything fails. The temporary name is short (<c>.~</c> and 8 random characters), so an output
/// whose own name is as long as the file system allows can still be written, and it never ends in an extension a
/// reader of the folder looks for (.eml, .csv, .pdf).
/// </summary>
public static class WholeFile
{
    /// <summary>What every temporary name starts with.</summary>
    public const string TemporaryPrefix = ".~";

    private const string Alphabet = "abcdefghijklmnopqrstuvwxyz0123456789";
    private const int RandomLength = 8;
    private const int Attempts = 5;

    /// <summary>
    /// Writes <paramref name="path"/> with <paramref name="write"/> and returns what it returns.
    /// </summary>
    /// <param name="path">The file to write (a full path).</param>
    /// <param name="write">Writes the content to the stream it is given.</param>
    /// <param name="overwrite">Whether an existing file is replaced; when false, an existing file fails the write with an <see cref="IOException"/>.</param>
    /// <param name="cancellationToken">Cancels the write; the temporary file is deleted.</param>
    /// <exception cref="OutputNotWritableException">The file or its folder cannot be written; the message names <paramref name="path"/>.</exception>
    public static async Task<T> WriteAsync<T>(string path, Func<Stream, CancellationToken, Task<T>> write, bool overwrite = true, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        ArgumentNullException.ThrowIfNull(write);
        var (stream, temporary) = CreateTemporaryBeside(path);
        try
        {
            T result;
            await using (stream.ConfigureAwait(false))
            {
                result = await write(stream, cancellationToken).ConfigureAwait(false);
            }

            Move(temporary, path, overwrite);
            return result;
        }
        finally
        {
            TryDelete(temporary);
        }
    }

    /// <summary>Writes <paramref name="path"/> with <paramref name="write"/>, replacing it once complete.</summary>
    public static void Write(string path, Action<Stream> write)
    {
        ArgumentNullException.ThrowIfNull(write);
        WriteAsync(path, (stream, _) =>
        {
            write(stream);
            return Task.FromResult(true);
        }).GetAwaiter().GetResult();
    }

    /// <summary>Whether <paramref name="fileName"/> is the name of one of our temporary files.</summary>
    public static bool IsTemporary(string fileName) =>
        fileName.StartsWith(TemporaryPrefix, StringComparison.Ordinal) && fileName.Length == TemporaryPrefix.Length + RandomLength;

    // CreateNew makes the name ours alone; a name someone else holds (1 in 36^8) is simply drawn again.
    private static (FileStream Stream, string Path) CreateTemporaryBeside(string path)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(path)) ?? ".";
        for (var attempt = 1; ; attempt++)
        {
            var temporary = Path.Combine(folder, TemporaryPrefix + RandomNumberGenerator.GetString(Alphabet, RandomLength));
            try
            {
                return (new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 64 * 1024, useAsync: true), temporary);
            }
            catch (IOException) when (attempt < Attempts && File.Exists(temporary))
            {
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                throw new OutputNotWritableException(path, e);
            }
        }
    }

    private static void Move(string temporary, string path, bool overwrite)
    {
        if (!overwrite && File.Exists(path))
        {
            throw new IOException(MessageText.Format(Messages.FileExistsNotReplaced, path));
        }

        try
        {
            File.Move(temporary, path, overwrite);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new OutputNotWritableException(path, e);
        }
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A temporary file that cannot be deleted is left behind under its .~ name, which no reader takes for an output.
        }
    }
}
