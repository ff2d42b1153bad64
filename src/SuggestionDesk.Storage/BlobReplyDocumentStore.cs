using System.Globalization;
using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using SuggestionDesk.Items;
using SuggestionDesk.Ports;

namespace SuggestionDesk.Storage;

/// <summary>
/// <see cref="IReplyDocumentStore"/> in a blob container of the office's storage account: each document a new blob
/// <c>{number}/{reply date}-{id}.pdf</c> (the number escaped), never replaced. The container is made with the first.
/// </summary>
public sealed class BlobReplyDocumentStore(BlobContainerClient container) : IReplyDocumentStore
{
    /// <summary>The container the documents are kept in unless another is named.</summary>
    public const string DefaultContainer = "replies";

    private readonly BlobContainerClient container = container ?? throw new ArgumentNullException(nameof(container));

    /// <summary>The container's address (never a key).</summary>
    public Uri Uri => container.Uri;

    /// <summary>
    /// The store in <paramref name="containerName"/> (by default <see cref="DefaultContainer"/>) on the account that
    /// <paramref name="connectionString"/> names, resolved as <see cref="SuggestionStorage.ResolveConnectionString"/> does.
    /// </summary>
    public static BlobReplyDocumentStore FromConnectionString(string? connectionString, string? containerName = null) =>
        new(new BlobServiceClient(SuggestionStorage.ResolveConnectionString(connectionString)).GetBlobContainerClient(
            string.IsNullOrWhiteSpace(containerName) ? DefaultContainer : containerName));

    /// <inheritdoc />
    public async Task<string> SaveAsync(SuggestionNumber number, DateOnly replyDate, ReadOnlyMemory<byte> pdf, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(number);
        var name = string.Create(CultureInfo.InvariantCulture, $"{Uri.EscapeDataString(number.Value)}/{replyDate:yyyy-MM-dd}-{Guid.NewGuid():N}.pdf");
        try
        {
            try
            {
                await UploadAsync(name, pdf, number, cancellationToken).ConfigureAwait(false);
            }
            catch (RequestFailedException e) when (e.ErrorCode == BlobErrorCode.ContainerNotFound)
            {
                await container.CreateIfNotExistsAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
                await UploadAsync(name, pdf, number, cancellationToken).ConfigureAwait(false);
            }

            return name;
        }
        catch (Exception e) when (StoreFailures.Explain(e, container.Uri, StoreService.ReplyDocuments) is { } explained)
        {
            throw explained;
        }
    }

    /// <inheritdoc />
    public async Task DeleteAsync(string name, CancellationToken cancellationToken = default)
    {
        try
        {
            await container.GetBlobClient(name).DeleteIfExistsAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
        }
        catch (RequestFailedException e) when (e.ErrorCode == BlobErrorCode.ContainerNotFound)
        {
            // Nothing was ever kept.
        }
    }

    /// <summary>The document <paramref name="name"/>'s bytes, or null when there is none.</summary>
    public async Task<byte[]?> ReadAsync(string name, CancellationToken cancellationToken = default)
    {
        var blob = container.GetBlobClient(name);
        try
        {
            return (await blob.DownloadContentAsync(cancellationToken).ConfigureAwait(false)).Value.Content.ToArray();
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            return null;
        }
    }

    private Task UploadAsync(string name, ReadOnlyMemory<byte> pdf, SuggestionNumber number, CancellationToken cancellationToken) =>
        container.GetBlobClient(name).UploadAsync(BinaryData.FromBytes(pdf), new BlobUploadOptions
        {
            HttpHeaders = new BlobHttpHeaders { ContentType = "application/pdf" },
            Metadata = new Dictionary<string, string> { ["number"] = Uri.EscapeDataString(number.Value) },
            Conditions = new BlobRequestConditions { IfNoneMatch = ETag.All },
        }, cancellationToken);
}
