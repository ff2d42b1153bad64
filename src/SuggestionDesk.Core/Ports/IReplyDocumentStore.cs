using SuggestionDesk.Items;

namespace SuggestionDesk.Ports;

/// <summary>Where replies' documents (答复函, PDF) are kept: a blob container of the office's storage account.</summary>
public interface IReplyDocumentStore
{
    /// <summary>Keeps <paramref name="pdf"/> as a new document of the item's reply dated <paramref name="replyDate"/>; returns its name.</summary>
    Task<string> SaveAsync(SuggestionNumber number, DateOnly replyDate, ReadOnlyMemory<byte> pdf, CancellationToken cancellationToken = default);

    /// <summary>Removes the document <paramref name="name"/> (a reply that was then refused); nothing when it is not there.</summary>
    Task DeleteAsync(string name, CancellationToken cancellationToken = default);
}
