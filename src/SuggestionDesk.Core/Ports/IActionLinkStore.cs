using SuggestionDesk.Actions;
using SuggestionDesk.Items;

namespace SuggestionDesk.Ports;

/// <summary>
/// Where the links reminders carry are kept: one record per link under its token's hash (never the token), changed
/// only conditionally on the version read, so that of two uses at once exactly one succeeds.
/// </summary>
public interface IActionLinkStore
{
    /// <summary>Adds new links (each with a fresh <see cref="ActionLink.Id"/>).</summary>
    Task AddAsync(IReadOnlyList<ActionLink> links, CancellationToken cancellationToken = default);

    /// <summary>The link whose token hashes to <paramref name="id"/>, with its version; null when there is none.</summary>
    Task<ActionLink?> FindAsync(string id, CancellationToken cancellationToken = default);

    /// <summary>
    /// Replaces the stored link with <paramref name="link"/> if it is still at <see cref="ActionLink.Version"/>, returning
    /// it with its new version; null, with nothing written, when it changed since it was read (used or revoked meanwhile).
    /// </summary>
    Task<ActionLink?> UpdateAsync(ActionLink link, CancellationToken cancellationToken = default);

    /// <summary>Every link issued for the item numbered <paramref name="number"/>, oldest first.</summary>
    IAsyncEnumerable<ActionLink> ListAsync(SuggestionNumber number, CancellationToken cancellationToken = default);
}
