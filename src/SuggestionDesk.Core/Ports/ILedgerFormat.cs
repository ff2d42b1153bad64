using SuggestionDesk.Ledger;

namespace SuggestionDesk.Ports;

/// <summary>
/// A ledger file format (CSV, xlsx): reads a file's rows into a <see cref="LedgerTable"/> of plain text and
/// writes one back. Formats know nothing of items; the core validates and maps the table.
/// </summary>
public interface ILedgerFormat
{
    /// <summary>The file extension it handles, with the dot, e.g. <c>.csv</c>.</summary>
    string Extension { get; }

    /// <summary>
    /// Reads a whole ledger (the header row is found as <see cref="LedgerTable.FromFileRows(IEnumerable{IReadOnlyList{string}})"/>
    /// says), with its measures (<see cref="LedgerTable.Points"/>) when the file carries them, stopping soon after
    /// <paramref name="cancellationToken"/> is cancelled. Throws <see cref="InvalidDataException"/> naming what is wrong.
    /// </summary>
    LedgerTable Read(Stream stream, CancellationToken cancellationToken = default);

    /// <summary>
    /// Reads a table of measures alone (<see cref="PointColumns"/>): a CSV file of them, or a workbook's sheet 办理措施
    /// (Measures), else its first sheet. Throws <see cref="InvalidDataException"/> naming what is wrong.
    /// </summary>
    LedgerTable ReadPoints(Stream stream, CancellationToken cancellationToken = default);

    /// <summary>Writes <paramref name="table"/>, header first, and its measures where the format holds a second table (xlsx).</summary>
    void Write(Stream stream, LedgerTable table);
}
