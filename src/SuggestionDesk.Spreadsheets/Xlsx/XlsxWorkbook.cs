namespace SuggestionDesk.Spreadsheets;

/// <summary>
/// An open workbook whose worksheets are read by name: the shared texts and the date styles are read once, when the
/// first sheet is, and every sheet is read within the same <see cref="XlsxLimits"/>.
/// </summary>
internal sealed class XlsxWorkbook : IDisposable
{
    private readonly XlsxPackage package;
    private readonly XlsxLimits limits;
    private readonly CancellationToken cancellationToken;
    private IReadOnlyList<string>? shared;
    private IReadOnlyList<bool>? dateStyles;

    public XlsxWorkbook(Stream stream, XlsxLimits limits, CancellationToken cancellationToken)
    {
        package = XlsxPackage.Open(stream, limits, cancellationToken);
        this.limits = limits;
        this.cancellationToken = cancellationToken;
    }

    /// <summary>The worksheets' names, in the workbook's order.</summary>
    public IReadOnlyList<string> SheetNames => package.Sheets.Select(s => s.Name).ToArray();

    /// <summary>The rows of the sheet at <paramref name="index"/> in the workbook's order.</summary>
    public IReadOnlyList<IReadOnlyList<string>> Read(int index)
    {
        shared ??= XlsxSharedStrings.Read(package, limits, cancellationToken);
        dateStyles ??= XlsxDateStyles.Read(package);
        return new XlsxSheet(package, package.Sheets[index].Part, shared, dateStyles, limits, cancellationToken).Read();
    }

    /// <summary>The index of the first sheet whose name <paramref name="matches"/>, or -1.</summary>
    public int Find(Func<string, bool> matches)
    {
        for (var i = 0; i < package.Sheets.Count; i++)
        {
            if (matches(package.Sheets[i].Name))
            {
                return i;
            }
        }

        return -1;
    }

    public void Dispose() => package.Dispose();
}
