using System.Xml;

namespace SuggestionDesk.Spreadsheets;

/// <summary>The workbook's shared texts (<c>sharedStrings.xml</c>), read within the limits on one text and on all of them.</summary>
internal static class XlsxSharedStrings
{
    /// <summary>Every shared text, in order.</summary>
    public static IReadOnlyList<string> Read(XlsxPackage package, XlsxLimits limits, CancellationToken cancellationToken)
    {
        var strings = new List<string>();
        if (package.SharedStringsPart is not { } part)
        {
            return strings;
        }

        long total = 0;
        using var reader = package.Read(part);
        while (reader.Read())
        {
            if (reader.NodeType != XmlNodeType.Element || reader.LocalName != "si")
            {
                continue;
            }

            cancellationToken.ThrowIfCancellationRequested();
            var text = XlsxText.Read(reader, limits.MaxCellLength)
                ?? throw new InvalidDataException(
                    $"its shared text {strings.Count + 1:N0} is longer than {limits.MaxCellLength:N0} characters, the most an Excel cell holds.");
            total += text.Length;
            if (total > limits.MaxSharedTextLength)
            {
                throw new InvalidDataException(
                    $"its shared texts hold more than {limits.MaxSharedTextLength:N0} characters in all; a ledger of a few thousand rows holds a few million at most.");
            }

            strings.Add(text);
        }

        return strings;
    }
}
