namespace SuggestionDesk.Items;

/// <summary>
/// The signed reply as sent to the deputy (答复函), a PDF kept in the office's document store beside the reply's
/// text; the item records where.
/// </summary>
/// <param name="ReplyDate">The date of the reply it belongs to.</param>
/// <param name="Name">Where the store keeps it, e.g. <c>20210347/2021-05-20-3f2a….pdf</c>.</param>
/// <param name="FileName">The file name it was given as, e.g. <c>答复函.pdf</c>.</param>
/// <param name="Bytes">Its size.</param>
public sealed record ReplyDocument(DateOnly ReplyDate, string Name, string FileName, long Bytes);
