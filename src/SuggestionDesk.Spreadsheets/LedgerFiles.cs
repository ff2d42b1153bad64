using SuggestionDesk.Files;
using SuggestionDesk.Ledger;
using SuggestionDesk.Localization;
using SuggestionDesk.Ports;

namespace SuggestionDesk.Spreadsheets;

/// <summary>
/// Ledger files by path: the format follows the extension (.csv or .xlsx). What Import-Suggestion and
/// Export-Suggestion call to turn a path into a <see cref="LedgerTable"/> and back.
/// </summary>
public static class LedgerFiles
{
    /// <summary>The formats known, by extension.</summary>
    public static IReadOnlyList<ILedgerFormat> Formats { get; } = [new CsvLedgerFormat(), new XlsxLedgerFormat()];

    /// <summary>The format for <paramref name="path"/>'s extension; throws <see cref="NotSupportedException"/> naming the path otherwise.</summary>
    public static ILedgerFormat ForPath(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var extension = Path.GetExtension(path);
        return Formats.FirstOrDefault(f => string.Equals(f.Extension, extension, StringComparison.OrdinalIgnoreCase))
            ?? throw new NotSupportedException(
                MessageText.Format(Localization.Messages.LedgerFileExtension, path, extension));
    }

    /// <summary>
    /// The largest ledger file read: 20 MiB. A year's ledger of a few thousand rows is 1–2 MB; every row of a file
    /// is held in memory and looked up in the store, so a larger file is almost always the wrong file, and
    /// refusing it before reading keeps a mistaken 500 MB export from exhausting memory.
    /// </summary>
    public const long MaxFileBytes = 20L * 1024 * 1024;

    /// <summary>
    /// Reads the ledger at <paramref name="path"/>, stopping soon after <paramref name="cancellationToken"/> is
    /// cancelled; a malformed file, or one over <see cref="MaxFileBytes"/>, throws <see cref="InvalidDataException"/>
    /// naming the path.
    /// </summary>
    public static LedgerTable Read(string path, CancellationToken cancellationToken = default) =>
        Read(path, (format, bytes) => format.Read(bytes, cancellationToken), cancellationToken);

    /// <summary>
    /// Reads a file of measures (<see cref="PointColumns"/>) at <paramref name="path"/>: a CSV file of them, or a
    /// workbook's sheet 办理措施 (else its first sheet), within the same limits as a ledger.
    /// </summary>
    public static LedgerTable ReadPoints(string path, CancellationToken cancellationToken = default) =>
        Read(path, (format, bytes) => format.ReadPoints(bytes, cancellationToken), cancellationToken);

    private static LedgerTable Read(string path, Func<ILedgerFormat, Stream, LedgerTable> read, CancellationToken cancellationToken)
    {
        var format = ForPath(path);
        using var bytes = ReadBytes(path, cancellationToken);
        try
        {
            return read(format, bytes);
        }
        catch (InvalidDataException e)
        {
            throw new InvalidDataException(MessageText.Format(Localization.Messages.LedgerFileProblem, path, e.Message), e);
        }
    }

    /// <summary>
    /// The file's bytes, counted as they are read: its stated length is not trusted, so a link to /dev/zero or a named
    /// pipe is refused at the limit like a file that is simply too large.
    /// </summary>
    private static MemoryStream ReadBytes(string path, CancellationToken cancellationToken)
    {
        // ReadWrite sharing: a ledger still open in Excel can be imported.
        using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, bufferSize: 1, FileOptions.SequentialScan);
        if (file.CanSeek && file.Length > MaxFileBytes)
        {
            throw TooLarge(path, MessageText.Format(Localization.Messages.LedgerFileIsSize, file.Length / 1024.0 / 1024));
        }

        var bytes = new MemoryStream();
        var buffer = new byte[81920];
        int read;
        while ((read = file.Read(buffer, 0, buffer.Length)) > 0)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (bytes.Length + read > MaxFileBytes)
            {
                throw TooLarge(path, MessageText.Format(Localization.Messages.LedgerFileGivesMore, MaxFileBytes / 1024 / 1024));
            }

            bytes.Write(buffer, 0, read);
        }

        bytes.Position = 0;
        return bytes;
    }

    private static InvalidDataException TooLarge(string path, string size) => new(
        MessageText.Format(Localization.Messages.LedgerFileTooLarge, path, size, MaxFileBytes / 1024 / 1024));

    /// <summary>
    /// Writes <paramref name="table"/> to <paramref name="path"/>, replacing the file only once the new one is
    /// complete, so a failed export never leaves half a ledger behind.
    /// </summary>
    public static void Write(string path, LedgerTable table)
    {
        var format = ForPath(path);
        ArgumentNullException.ThrowIfNull(table);
        WholeFile.Write(Path.GetFullPath(path), stream => format.Write(stream, table));
    }
}
