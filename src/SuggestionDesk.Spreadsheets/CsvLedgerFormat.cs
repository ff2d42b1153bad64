using System.Text;
using SuggestionDesk.Ledger;
using SuggestionDesk.Localization;
using SuggestionDesk.Ports;

namespace SuggestionDesk.Spreadsheets;

/// <summary>
/// Ledgers as CSV (RFC 4180, see <see cref="CsvRecords"/>). Reads UTF-8 with or without a byte order mark and
/// GBK (see <see cref="CsvEncoding"/>); writes UTF-8 with a byte order mark and CRLF line ends, which Excel
/// opens with the Chinese text intact, and with formula-like cells neutralised (see <see cref="CsvFormulas"/>).
/// </summary>
public sealed class CsvLedgerFormat : ILedgerFormat
{
    private static readonly UTF8Encoding Utf8WithBom = new(encoderShouldEmitUTF8Identifier: true);

    /// <inheritdoc />
    public string Extension => ".csv";

    /// <inheritdoc />
    public LedgerTable Read(Stream stream, CancellationToken cancellationToken = default) => Read(stream, LedgerColumns.Set, cancellationToken);

    /// <inheritdoc />
    public LedgerTable ReadPoints(Stream stream, CancellationToken cancellationToken = default) => Read(stream, PointColumns.Set, cancellationToken);

    private static LedgerTable Read(Stream stream, LedgerColumnSet columns, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        var (text, encoding) = CsvEncoding.Decode(buffer.ToArray());
        try
        {
            var records = CsvRecords.Parse(text).Select(cells =>
            {
                cancellationToken.ThrowIfCancellationRequested();
                return (IReadOnlyList<string>)cells.Select(CsvFormulas.Restore).ToArray();
            });
            return LedgerTable.FromFileRows(records, columns);
        }
        catch (InvalidDataException e)
        {
            throw new InvalidDataException(MessageText.Format(Localization.Messages.CsvMalformed, encoding.WebName, e.Message), e);
        }
    }

    /// <inheritdoc />
    /// <remarks>A CSV file holds one table: the measures (<see cref="LedgerTable.Points"/>) are not written.</remarks>
    public void Write(Stream stream, LedgerTable table)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(table);
        using var writer = new StreamWriter(stream, Utf8WithBom, bufferSize: 65536, leaveOpen: true);
        CsvRecords.Write(writer, table.Headers);
        foreach (var row in table.Rows)
        {
            CsvRecords.Write(writer, row.Cells.Select(c => CsvFormulas.Neutralise(c ?? string.Empty)));
        }
    }
}
