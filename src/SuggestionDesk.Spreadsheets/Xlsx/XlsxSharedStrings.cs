using System.Xml;
using SuggestionDesk.Localization;

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
                    MessageText.Format(Localization.Messages.SheetSharedTextTooLong, strings.Count + 1, limits.MaxCellLength));
            total += text.Length;
            if (total > limits.MaxSharedTextLength)
            {
                throw new InvalidDataException(
                    MessageText.Format(Localization.Messages.SheetSharedTextsTooLong, limits.MaxSharedTextLength));
            }

            strings.Add(text);
        }

        return strings;
    }
}
