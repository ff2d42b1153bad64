namespace SuggestionDesk.Ports;

/// <summary>A file sent with a message.</summary>
/// <param name="Name">The file name the recipient sees, e.g. <c>2021年建议办理情况报告.pdf</c>.</param>
/// <param name="ContentType">The media type, e.g. <c>application/pdf</c>.</param>
/// <param name="Content">The file's bytes.</param>
public sealed record MailAttachment(string Name, string ContentType, ReadOnlyMemory<byte> Content)
{
    /// <summary>The file's size in bytes.</summary>
    public int Length => Content.Length;
}
