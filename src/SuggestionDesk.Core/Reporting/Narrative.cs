namespace SuggestionDesk.Reporting;

/// <summary>What a narrative block is.</summary>
public enum NarrativeBlockKind
{
    /// <summary>A sub-heading, e.g. （一）加强组织领导，制定专门方案.</summary>
    Heading,

    /// <summary>A paragraph of body text.</summary>
    Paragraph,

    /// <summary>One item of a bulleted list.</summary>
    ListItem,
}

/// <summary>One block of the office's narrative text.</summary>
/// <param name="Kind">Heading, paragraph or list item.</param>
/// <param name="Text">The text, as written.</param>
public sealed record NarrativeBlock(NarrativeBlockKind Kind, string Text);

/// <summary>
/// The parts of the report the office writes itself: 主要做法 (how the work was done) and 存在的问题及下一步改进措施
/// (problems and next steps), each a list of blocks. Read from Markdown by <see cref="NarrativeParser"/>.
/// </summary>
/// <param name="Practices">主要做法; empty when not written.</param>
/// <param name="Problems">存在的问题及下一步改进措施; empty when not written.</param>
public sealed record Narrative(IReadOnlyList<NarrativeBlock> Practices, IReadOnlyList<NarrativeBlock> Problems);
