namespace SuggestionDesk.Items;

/// <summary>The result class of a reply (办理结果分类), e.g. A 解决采纳. Codes come from a <see cref="ResultClassScheme"/>.</summary>
/// <param name="Code">The short code, e.g. <c>A</c>.</param>
/// <param name="Label">The Chinese label, e.g. 解决采纳.</param>
/// <param name="RequiresFollowUp">Whether a reply of this class must be answered again once solved (跟踪办理), as class B is.</param>
public sealed record ResultClass(string Code, string Label, bool RequiresFollowUp = false)
{
    /// <inheritdoc />
    public override string ToString() => $"{Code} {Label}";
}
