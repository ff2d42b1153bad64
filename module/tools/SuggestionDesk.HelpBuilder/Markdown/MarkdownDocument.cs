using System.Text.RegularExpressions;

namespace SuggestionDesk.HelpBuilder.Markdown;

/// <summary>
/// A markdown file split into front matter and blocks: only what platyPS-style docs use (ATX headings, fenced code,
/// paragraphs, list items). Headings inside fenced code stay code.
/// </summary>
public sealed partial class MarkdownDocument
{
    private MarkdownDocument(IReadOnlyDictionary<string, string> frontMatter, IReadOnlyList<MarkdownBlock> blocks, IReadOnlyList<string> problems)
    {
        FrontMatter = frontMatter;
        Blocks = blocks;
        Problems = problems;
    }

    /// <summary>The <c>key: value</c> lines between the leading <c>---</c> lines; keys compare case-insensitively.</summary>
    public IReadOnlyDictionary<string, string> FrontMatter { get; }

    /// <summary>The blocks after the front matter, in order.</summary>
    public IReadOnlyList<MarkdownBlock> Blocks { get; }

    /// <summary>Structural faults found while reading, such as a code block that is never closed.</summary>
    public IReadOnlyList<string> Problems { get; }

    /// <summary>Splits <paramref name="markdown"/> into front matter and blocks.</summary>
    public static MarkdownDocument Parse(string markdown)
    {
        var lines = markdown.Replace("\r\n", "\n").Replace('\r', '\n').Split('\n');
        var frontMatter = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var blocks = new List<MarkdownBlock>();
        var problems = new List<string>();
        var i = ReadFrontMatter(lines, frontMatter);
        List<string>? text = null;
        var textLine = 0;

        void EndText()
        {
            if (text is { Count: > 0 })
            {
                blocks.Add(new TextBlock(textLine, text));
            }

            text = null;
        }

        while (i < lines.Length)
        {
            var line = lines[i];
            var fence = FenceOpening().Match(line);
            if (fence.Success)
            {
                EndText();
                var start = i + 1;
                var marker = fence.Groups["marker"].Value;
                var code = new List<string>();
                i++;
                while (i < lines.Length && !IsFenceClose(lines[i], marker))
                {
                    code.Add(lines[i]);
                    i++;
                }

                if (i == lines.Length)
                {
                    problems.Add($"the code block opened on line {start} is never closed; end it with {marker}.");
                }

                blocks.Add(new FenceBlock(start, fence.Groups["info"].Value.Trim(), string.Join('\n', code)));
                i++;
                continue;
            }

            var heading = Heading().Match(line);
            if (heading.Success)
            {
                EndText();
                blocks.Add(new HeadingBlock(i + 1, heading.Groups["hashes"].Length, heading.Groups["text"].Value.Trim()));
            }
            else if (string.IsNullOrWhiteSpace(line))
            {
                EndText();
            }
            else
            {
                // A list item starts its own block, so each item becomes its own paragraph in the help.
                if (text is null || ListItem().IsMatch(line))
                {
                    EndText();
                    text = [];
                    textLine = i + 1;
                }

                text.Add(line);
            }

            i++;
        }

        EndText();
        return new MarkdownDocument(frontMatter, blocks, problems);
    }

    private static int ReadFrontMatter(string[] lines, Dictionary<string, string> frontMatter)
    {
        if (lines.Length == 0 || lines[0].Trim() != "---")
        {
            return 0;
        }

        for (var i = 1; i < lines.Length; i++)
        {
            if (lines[i].Trim() == "---")
            {
                return i + 1;
            }

            var colon = lines[i].IndexOf(':');
            if (colon > 0)
            {
                frontMatter[lines[i][..colon].Trim()] = lines[i][(colon + 1)..].Trim();
            }
        }

        // No closing line: not front matter after all, so the whole file is markdown.
        frontMatter.Clear();
        return 0;
    }

    private static bool IsFenceClose(string line, string marker)
    {
        var trimmed = line.Trim();
        return trimmed.Length >= marker.Length && trimmed.All(c => c == marker[0]);
    }

    [GeneratedRegex(@"^ {0,3}(?<marker>`{3,}|~{3,})(?<info>[^`]*)$")]
    private static partial Regex FenceOpening();

    [GeneratedRegex(@"^ {0,3}(?<hashes>#{1,6})(?:[ \t]+(?<text>.*?))?[ \t]*#*[ \t]*$")]
    private static partial Regex Heading();

    [GeneratedRegex(@"^\s*(?:[-*+]|\d+[.)])\s+\S")]
    internal static partial Regex ListItem();
}
