using System.Text;
using System.Xml;

namespace SuggestionDesk.Spreadsheets;

/// <summary>
/// Reads the text of a workbook element (<c>&lt;si&gt;</c>, <c>&lt;is&gt;</c>, <c>&lt;v&gt;</c>) in chunks, counting as
/// it goes, so one text of hundreds of megabytes is refused at the limit instead of being built first. Runs of rich
/// text are joined; phonetic guides (<c>&lt;rPh&gt;</c>) are not part of the text.
/// </summary>
internal static partial class XlsxText
{
    /// <summary>
    /// The text under the element <paramref name="reader"/> is on, leaving the reader on its end; null (with the reader
    /// past the limit) when it is longer than <paramref name="maxLength"/>.
    /// </summary>
    public static string? Read(XmlReader reader, int maxLength)
    {
        if (reader.IsEmptyElement)
        {
            return string.Empty;
        }

        var depth = reader.Depth;
        // A <v> or <t> holds its text directly; in <si> and <is> it lives in <t> elements (directly, or in runs <r><t>).
        var textDepth = reader.LocalName is "v" or "t" ? depth : -1;
        var text = new StringBuilder();
        var buffer = new char[4096];
        var moved = reader.Read();
        while (moved && !(reader.NodeType == XmlNodeType.EndElement && reader.Depth == depth))
        {
            if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "rPh")
            {
                reader.Skip();
                continue;
            }

            if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "t" && !reader.IsEmptyElement)
            {
                textDepth = reader.Depth;
            }
            else if (reader.NodeType == XmlNodeType.EndElement && reader.Depth == textDepth && textDepth != depth)
            {
                textDepth = -1;
            }
            else if (reader.NodeType is XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace
                && reader.Depth == textDepth + 1 && textDepth >= 0)
            {
                int count;
                while ((count = reader.ReadValueChunk(buffer, 0, buffer.Length)) > 0)
                {
                    if (text.Length + count > maxLength)
                    {
                        return null;
                    }

                    text.Append(buffer, 0, count);
                }
            }

            moved = reader.Read();
        }

        return textDepth == depth && reader.LocalName == "v" ? text.ToString() : Unescape(text.ToString());
    }

    /// <summary>
    /// Undoes the workbook's escapes: a character XML cannot hold, or one a writer chose to escape (surrogates of an
    /// emoji), is stored as <c>_xHHHH_</c>, and a literal <c>_x</c> that would read as one as <c>_x005F_x</c>.
    /// </summary>
    public static string Unescape(string text) =>
        text.Contains("_x", StringComparison.Ordinal)
            ? Escaped().Replace(text, m => ((char)Convert.ToInt32(m.Groups[1].Value, 16)).ToString())
            : text;

    [System.Text.RegularExpressions.GeneratedRegex("_x([0-9A-Fa-f]{4})_", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex Escaped();
}
