using SuggestionDesk.Items;

namespace SuggestionDesk.Actions;

/// <summary>
/// What an officer filled in on a link's page. Each action reads the fields it needs: the date (sign-for, contact,
/// progress, reply), the method and phase (contact), the new due date (extension), the result class (reply), the text
/// (note, reason or reply) and the reply's document.
/// </summary>
public sealed record ActionForm
{
    /// <summary>The day it happened; today when not given.</summary>
    public DateOnly? Date { get; init; }

    /// <summary>An extension's new due date.</summary>
    public DateOnly? NewDueDate { get; init; }

    /// <summary>A contact's method.</summary>
    public ContactMethod? Method { get; init; }

    /// <summary>A contact's phase.</summary>
    public ContactPhase? Phase { get; init; }

    /// <summary>A reply's result class, as its code or label (A, 解决采纳).</summary>
    public string? ResultClass { get; init; }

    /// <summary>The note, reason or reply text.</summary>
    public string? Text { get; init; }

    /// <summary>The reply's document, a PDF.</summary>
    public ActionDocument? Document { get; init; }
}

/// <summary>A file sent with a reply from a link's page.</summary>
/// <param name="FileName">The name it was sent as.</param>
/// <param name="Content">Its bytes.</param>
public sealed record ActionDocument(string FileName, ReadOnlyMemory<byte> Content)
{
    /// <summary>The largest document taken: 20 MB.</summary>
    public const int MaxBytes = 20 * 1024 * 1024;

    /// <summary>Whether the bytes are a PDF (they start with <c>%PDF-</c>).</summary>
    public bool IsPdf => Content.Length > 5 && Content.Span[..5].SequenceEqual("%PDF-"u8);
}
