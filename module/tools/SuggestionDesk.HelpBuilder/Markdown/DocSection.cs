namespace SuggestionDesk.HelpBuilder.Markdown;

/// <summary>A <c>##</c> section of a doc, or a <c>###</c> part of one, with the blocks under its heading.</summary>
public sealed record DocSection(HeadingBlock Heading, IReadOnlyList<MarkdownBlock> Blocks)
{
    /// <summary>The section's heading text, e.g. <c>SYNOPSIS</c> or <c>-Number</c>.</summary>
    public string Title => Heading.Text;

    /// <summary>Splits blocks at headings of <paramref name="level"/>; blocks before the first such heading are dropped.</summary>
    public static IReadOnlyList<DocSection> Split(IEnumerable<MarkdownBlock> blocks, int level)
    {
        var sections = new List<DocSection>();
        HeadingBlock? heading = null;
        var body = new List<MarkdownBlock>();
        foreach (var block in blocks)
        {
            if (block is HeadingBlock h && h.Level <= level)
            {
                if (heading is not null)
                {
                    sections.Add(new DocSection(heading, body));
                }

                heading = h.Level == level ? h : null;
                body = [];
            }
            else
            {
                body.Add(block);
            }
        }

        if (heading is not null)
        {
            sections.Add(new DocSection(heading, body));
        }

        return sections;
    }

    /// <summary>The <c>###</c> parts of this section.</summary>
    public IReadOnlyList<DocSection> Parts => Split(Blocks, Heading.Level + 1);

    /// <summary>The blocks before the first <c>###</c> heading.</summary>
    public IEnumerable<MarkdownBlock> Lead => Blocks.TakeWhile(b => b is not HeadingBlock);
}
