using System.Xml;

namespace SuggestionDesk.Spreadsheets;

/// <summary>
/// Which cell styles show a number as a date (styles.xml): the built-in date formats, including the Chinese ones
/// (yyyy"年"m"月"d"日"), and custom formats that use year, month or day.
/// </summary>
internal static class XlsxDateStyles
{
    // Built-in number formats that are dates or times, including the East Asian ones (27–36, 50–58).
    private static readonly HashSet<int> BuiltInDates = [14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56, 57, 58];

    /// <summary>For each style index, whether it shows a date.</summary>
    public static IReadOnlyList<bool> Read(XlsxPackage package)
    {
        var dates = new List<bool>();
        if (package.StylesPart is not { } part)
        {
            return dates;
        }

        var customDates = new HashSet<int>();
        using var reader = package.Read(part);
        var inCellFormats = false;
        while (reader.Read())
        {
            if (reader.NodeType == XmlNodeType.EndElement && reader.LocalName == "cellXfs")
            {
                inCellFormats = false;
            }

            if (reader.NodeType != XmlNodeType.Element)
            {
                continue;
            }

            switch (reader.LocalName)
            {
                case "numFmt" when int.TryParse(reader.GetAttribute("numFmtId"), out var id) && IsDateFormat(reader.GetAttribute("formatCode")):
                    customDates.Add(id);
                    break;
                case "cellXfs":
                    inCellFormats = !reader.IsEmptyElement;
                    break;
                case "xf" when inCellFormats:
                    var format = int.TryParse(reader.GetAttribute("numFmtId"), out var f) ? f : 0;
                    dates.Add(BuiltInDates.Contains(format) || customDates.Contains(format));
                    break;
            }
        }

        return dates;
    }

    /// <summary>Whether a custom format code shows a date: a y, m or d outside quoted text, escapes and [brackets].</summary>
    internal static bool IsDateFormat(string? code)
    {
        if (string.IsNullOrEmpty(code))
        {
            return false;
        }

        var quoted = false;
        var bracket = false;
        for (var i = 0; i < code.Length; i++)
        {
            var c = code[i];
            if (c == '"')
            {
                quoted = !quoted;
            }
            else if (!quoted && c == '[')
            {
                bracket = true;
            }
            else if (!quoted && c == ']')
            {
                bracket = false;
            }
            else if (!quoted && c == '\\')
            {
                i++;
            }
            else if (!quoted && !bracket && char.ToLowerInvariant(c) is 'y' or 'd' or 'm')
            {
                return true;
            }
        }

        return false;
    }
}
