using System.Globalization;
using System.Text.RegularExpressions;
using Azure;
using Azure.Core;
using Azure.Identity;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using SuggestionDesk.Localization;
using SuggestionDesk.Ports;
using SuggestionDesk.Reporting;

namespace SuggestionDesk.Storage;

/// <summary>
/// The report archive in a blob container of the office's storage account: <c>{name}.pdf</c>, created once with its
/// page count in its metadata and never changed afterwards, so the container can keep its reports under a retention
/// (WORM) policy. Who has each report is recorded in the tables (<see cref="TableReportRecipients"/>). The Functions
/// app and the module open the same container and tables, so either one's delivery is the other's record of who has
/// the report.
/// </summary>
public sealed partial class BlobReportArchive : IReportArchive
{
    /// <summary>The container the reports are archived in unless another is named, the same for every host.</summary>
    public const string DefaultContainer = "reports";

    // Archives made before the recipients moved to the tables kept them here; still read, never written.
    private const string SentTo = "sentto";
    private const string Pages = "pages";
    private readonly BlobContainerClient container;
    private readonly TableReportRecipients recipients;
    private readonly TimeProvider clock;

    /// <summary>The archive in <paramref name="container"/>, its recipients recorded in <paramref name="recipients"/>.</summary>
    public BlobReportArchive(BlobContainerClient container, TableReportRecipients recipients, TimeProvider? clock = null)
    {
        ArgumentNullException.ThrowIfNull(container);
        ArgumentNullException.ThrowIfNull(recipients);
        this.container = container;
        this.recipients = recipients;
        this.clock = clock ?? TimeProvider.System;
    }

    /// <summary>The container's name, e.g. <c>reports</c>.</summary>
    public string ContainerName => container.Name;

    /// <summary>The container's address (never a key).</summary>
    public Uri Uri => container.Uri;

    /// <summary>
    /// The archive in <paramref name="containerName"/> (by default <see cref="DefaultContainer"/>) on the account that
    /// <paramref name="connectionString"/> names, resolved as <see cref="SuggestionStorage.ResolveConnectionString"/>
    /// does, so the tables and the archive are on the same account. Its signature holds no Azure type, for the module.
    /// </summary>
    public static BlobReportArchive FromConnectionString(string? connectionString, TableReportRecipients recipients, string? containerName = null)
    {
        ArgumentNullException.ThrowIfNull(recipients);
        var name = CheckContainerName(containerName);
        BlobServiceClient service;
        try
        {
            service = new BlobServiceClient(SuggestionStorage.ResolveConnectionString(connectionString), ClientDiagnostics.Blobs(recipients.Names));
        }
        catch (Exception e) when (e is FormatException or ArgumentException or InvalidOperationException or NullReferenceException)
        {
            throw new ArgumentException(MessageText.Format(Localization.Messages.StoreArchiveNoBlobService, e.Message), e);
        }

        return new BlobReportArchive(service.GetBlobContainerClient(name), recipients);
    }

    /// <summary>
    /// The archive at <paramref name="blobEndpoint"/>, reached with Azure.Identity's DefaultAzureCredential (managed
    /// identity in Azure, the Azure CLI login on a workstation). Its signature holds no Azure type, for the module.
    /// </summary>
    public static BlobReportArchive FromEndpoint(Uri blobEndpoint, TableReportRecipients recipients, string? containerName = null) =>
        FromEndpoint(blobEndpoint, new DefaultAzureCredential(), recipients, containerName);

    /// <summary>The archive at <paramref name="blobEndpoint"/>, reached with <paramref name="credential"/> (e.g. a managed identity).</summary>
    public static BlobReportArchive FromEndpoint(Uri blobEndpoint, TokenCredential credential, TableReportRecipients recipients, string? containerName = null)
    {
        ArgumentNullException.ThrowIfNull(blobEndpoint);
        ArgumentNullException.ThrowIfNull(credential);
        ArgumentNullException.ThrowIfNull(recipients);
        if (!blobEndpoint.IsAbsoluteUri || blobEndpoint.Scheme is not ("https" or "http"))
        {
            throw new ArgumentException(MessageText.Format(Localization.Messages.StoreBlobEndpointInvalid, blobEndpoint));
        }

        return new BlobReportArchive(
            new BlobServiceClient(blobEndpoint, credential, ClientDiagnostics.Blobs(recipients.Names)).GetBlobContainerClient(CheckContainerName(containerName)), recipients);
    }

    /// <summary>
    /// The blob endpoint of the account whose table endpoint is <paramref name="tableEndpoint"/>
    /// (<c>https://acct.table.core.windows.net/</c> → <c>https://acct.blob.core.windows.net/</c>, in any cloud); null
    /// when the address is not shaped like an account's (an emulator, a custom domain), which must name it instead.
    /// </summary>
    public static Uri? BlobEndpointBeside(Uri tableEndpoint)
    {
        ArgumentNullException.ThrowIfNull(tableEndpoint);
        if (!tableEndpoint.IsAbsoluteUri || tableEndpoint.HostNameType != UriHostNameType.Dns)
        {
            return null;
        }

        var labels = tableEndpoint.Host.Split('.');
        if (labels.Length < 3 || !labels[1].Equals("table", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        labels[1] = "blob";
        return new UriBuilder(tableEndpoint) { Host = string.Join('.', labels), Path = "/" }.Uri;
    }

    /// <summary>The blob an archived report is kept in, e.g. <c>2026-10.pdf</c>.</summary>
    public static string BlobName(string name) => $"{name}.pdf";

    /// <inheritdoc />
    public async Task<ArchivedReport?> FindAsync(string name, CancellationToken cancellationToken = default)
    {
        try
        {
            var blob = Blob(name);
            // A missing container is a missing report: nothing was archived yet, and reading needs no right to create it.
            if (!await blob.ExistsAsync(cancellationToken).ConfigureAwait(false))
            {
                return null;
            }

            var content = (await blob.DownloadContentAsync(cancellationToken).ConfigureAwait(false)).Value;
            var metadata = content.Details.Metadata;
            var (sent, cover) = await recipients.ReadWithCoverAsync(name, cancellationToken).ConfigureAwait(false);
            sent.UnionWith(Recipients(metadata));
            return new ArchivedReport(name, content.Content.ToMemory(), int.Parse(metadata[Pages], CultureInfo.InvariantCulture), sent) { Cover = cover };
        }
        catch (Exception e) when (Explain(e) is { } explained)
        {
            throw explained;
        }
    }

    /// <inheritdoc />
    public async Task<ArchivedReportInfo?> FindInfoAsync(string name, CancellationToken cancellationToken = default)
    {
        try
        {
            BlobProperties properties;
            try
            {
                properties = (await Blob(name).GetPropertiesAsync(cancellationToken: cancellationToken).ConfigureAwait(false)).Value;
            }
            catch (RequestFailedException e) when (e.Status == 404)
            {
                return null;
            }

            var sent = await recipients.ReadAsync(name, cancellationToken).ConfigureAwait(false);
            sent.UnionWith(Recipients(properties.Metadata));
            return new ArchivedReportInfo(name, int.Parse(properties.Metadata[Pages], CultureInfo.InvariantCulture), sent);
        }
        catch (Exception e) when (Explain(e) is { } explained)
        {
            throw explained;
        }
    }

    /// <inheritdoc />
    public async Task<bool> TryAddAsync(string name, ReadOnlyMemory<byte> pdf, int pages, ReportCover cover, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(cover);
        try
        {
            try
            {
                await UploadAsync(name, pdf, pages, cancellationToken).ConfigureAwait(false);
            }
            catch (RequestFailedException e) when (e.ErrorCode == BlobErrorCode.ContainerNotFound)
            {
                // The first report of the account: the container is made then, not on every read.
                await container.CreateIfNotExistsAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
                await UploadAsync(name, pdf, pages, cancellationToken).ConfigureAwait(false);
            }

            // After the PDF, so a kept cover always describes an archived report; a run that stops in between leaves
            // none, and the next one builds the figures again as for a report archived before covers were kept.
            await recipients.KeepCoverAsync(name, cover, cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (RequestFailedException e) when (e.Status is 409 or 412)
        {
            return false;
        }
        catch (Exception e) when (Explain(e) is { } explained)
        {
            throw explained;
        }
    }

    /// <inheritdoc />
    public async Task RecordSentAsync(string name, IReadOnlyCollection<string> recipients, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(recipients);
        // A row per recipient, never a change to the blob: a report under a retention policy cannot be changed.
        await this.recipients.AddAsync(name, recipients, clock.GetUtcNow(), cancellationToken).ConfigureAwait(false);
    }

    private Task UploadAsync(string name, ReadOnlyMemory<byte> pdf, int pages, CancellationToken cancellationToken) =>
        Blob(name).UploadAsync(BinaryData.FromBytes(pdf), new BlobUploadOptions
        {
            HttpHeaders = new BlobHttpHeaders { ContentType = "application/pdf" },
            Metadata = new Dictionary<string, string> { ["period"] = name, [Pages] = pages.ToString(CultureInfo.InvariantCulture) },
            Conditions = new BlobRequestConditions { IfNoneMatch = ETag.All },
        }, cancellationToken);

    private BlobClient Blob(string name) => container.GetBlobClient(BlobName(name));

    private Exception? Explain(Exception e) => StoreFailures.Explain(e, container.Uri, StoreService.ReportArchive);

    private static HashSet<string> Recipients(IDictionary<string, string> metadata) =>
        metadata.TryGetValue(SentTo, out var value) && value.Length > 0
            ? value.Split(',').Select(Uri.UnescapeDataString).ToHashSet(StringComparer.OrdinalIgnoreCase)
            : new HashSet<string>(StringComparer.OrdinalIgnoreCase);

    private static string CheckContainerName(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return DefaultContainer;
        }

        return ContainerNamePattern().IsMatch(name)
            ? name
            : throw new ArgumentException(MessageText.Format(Localization.Messages.StoreContainerNameInvalid, name, DefaultContainer));
    }

    [GeneratedRegex("^(?=.{3,63}$)[a-z0-9]+(-[a-z0-9]+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex ContainerNamePattern();
}
