using System.Text;
using System.Text.RegularExpressions;
using SuggestionDesk.Localization;

namespace SuggestionDesk.Reporting;

/// <summary>
/// Reads the office's narrative from a small subset of Markdown: a heading (<c>#</c> or <c>##</c>) naming
/// 主要做法 or 存在的问题 (or, in English, practices / problems or next steps) starts that section; deeper or
/// other headings within it are sub-headings; blank lines separate paragraphs; <c>-</c> or <c>*</c> starts a list
/// item. Text outside both sections is ignored.
/// </summary>
public static partial class NarrativeParser
{
    /// <summary>Parses <paramref name="markdown"/>; throws when it names neither section.</summary>
    public static Narrative Parse(string markdown)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        var practices = new List<NarrativeBlock>();
        var problems = new List<NarrativeBlock>();
        List<NarrativeBlock>? current = null;
        var paragraph = new StringBuilder();
        bool sawSection = false;

        void Flush()
        {
            if (paragraph.Length > 0)
            {
                current?.Add(new NarrativeBlock(NarrativeBlockKind.Paragraph, paragraph.ToString()));
                paragraph.Clear();
            }
        }

        foreach (var raw in markdown.Replace("\r\n", "\n").Split('\n'))
        {
            var line = raw.Trim();
            if (line.Length == 0)
            {
                Flush();
                continue;
            }

            var heading = Heading().Match(line);
            if (heading.Success)
            {
                Flush();
                var text = heading.Groups[2].Value.Trim().TrimEnd('#').Trim();
                if (IsPractices(text))
                {
                    current = practices;
                    sawSection = true;
                }
                else if (IsProblems(text))
                {
                    current = problems;
                    sawSection = true;
                }
                else
                {
                    current?.Add(new NarrativeBlock(NarrativeBlockKind.Heading, text));
                }

                continue;
            }

            var item = ListItem().Match(line);
            if (item.Success)
            {
                Flush();
                current?.Add(new NarrativeBlock(NarrativeBlockKind.ListItem, item.Groups[1].Value.Trim()));
                continue;
            }

            Join(paragraph, line);
        }

        Flush();
        if (!sawSection)
        {
            throw new FormatException(Messages.NarrativeNoSection);
        }

        return new Narrative(practices, problems);
    }

    private static bool IsPractices(string heading) =>
        heading.Contains("主要做法", StringComparison.Ordinal) || heading.Contains("practice", StringComparison.OrdinalIgnoreCase)
        || heading.Contains("how the work was done", StringComparison.OrdinalIgnoreCase);

    private static bool IsProblems(string heading) =>
        heading.Contains("存在的问题", StringComparison.Ordinal) || heading.Contains("下一步", StringComparison.Ordinal)
        || heading.Contains("problem", StringComparison.OrdinalIgnoreCase) || heading.Contains("next step", StringComparison.OrdinalIgnoreCase);

    /// <summary>Joins wrapped lines: no space between Chinese characters, one space between Latin words.</summary>
    private static void Join(StringBuilder paragraph, string line)
    {
        if (paragraph.Length > 0 && (paragraph[^1] < 0x2E80 || line[0] < 0x2E80))
        {
            paragraph.Append(' ');
        }

        paragraph.Append(line);
    }

    [GeneratedRegex(@"^(#{1,6})\s+(.*)$")]
    private static partial Regex Heading();

    [GeneratedRegex(@"^[-*+]\s+(.*)$")]
    private static partial Regex ListItem();
}
