using System.Globalization;
using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using SuggestionDesk.Ports;

namespace SuggestionDesk.Functions.Hosting;

/// <summary>
/// The report archive in a blob container: <c>{name}.pdf</c>, created once and never replaced, with the page count and
/// the recipients who have it in the blob's metadata (addresses escaped and separated by commas).
/// </summary>
public sealed class BlobReportArchive(BlobContainerClient container) : IReportArchive
{
    private const string SentTo = "sentto";
    private const string Pages = "pages";

    /// <inheritdoc />
    public async Task<ArchivedReport?> FindAsync(string name, CancellationToken cancellationToken = default)
    {
        await container.CreateIfNotExistsAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
        var blob = Blob(name);
        if (!await blob.ExistsAsync(cancellationToken).ConfigureAwait(false))
        {
            return null;
        }

        var content = (await blob.DownloadContentAsync(cancellationToken).ConfigureAwait(false)).Value;
        var metadata = content.Details.Metadata;
        return new ArchivedReport(name, content.Content.ToMemory(), int.Parse(metadata[Pages], CultureInfo.InvariantCulture), Recipients(metadata));
    }

    /// <inheritdoc />
    public async Task<bool> TryAddAsync(string name, ReadOnlyMemory<byte> pdf, int pages, CancellationToken cancellationToken = default)
    {
        await container.CreateIfNotExistsAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
        try
        {
            await Blob(name).UploadAsync(BinaryData.FromBytes(pdf), new BlobUploadOptions
            {
                HttpHeaders = new BlobHttpHeaders { ContentType = "application/pdf" },
                Metadata = new Dictionary<string, string> { ["period"] = name, [Pages] = pages.ToString(CultureInfo.InvariantCulture), [SentTo] = string.Empty },
                Conditions = new BlobRequestConditions { IfNoneMatch = ETag.All },
            }, cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (RequestFailedException e) when (e.Status == 409)
        {
            return false;
        }
    }

    /// <inheritdoc />
    public async Task RecordSentAsync(string name, IReadOnlyCollection<string> recipients, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(recipients);
        var blob = Blob(name);
        var properties = (await blob.GetPropertiesAsync(cancellationToken: cancellationToken).ConfigureAwait(false)).Value;
        var metadata = new Dictionary<string, string>(properties.Metadata) { [SentTo] = string.Join(',', recipients.Select(Uri.EscapeDataString)) };
        await blob.SetMetadataAsync(metadata, cancellationToken: cancellationToken).ConfigureAwait(false);
    }

    private BlobClient Blob(string name) => container.GetBlobClient($"{name}.pdf");

    private static HashSet<string> Recipients(IDictionary<string, string> metadata) =>
        metadata.TryGetValue(SentTo, out var value) && value.Length > 0
            ? value.Split(',').Select(Uri.UnescapeDataString).ToHashSet(StringComparer.OrdinalIgnoreCase)
            : new HashSet<string>(StringComparer.OrdinalIgnoreCase);
}
