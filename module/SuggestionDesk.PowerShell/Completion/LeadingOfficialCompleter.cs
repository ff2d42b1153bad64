using SuggestionDesk.PowerShell.Connection;

namespace SuggestionDesk.PowerShell.Completion;

/// <summary>Completes the leaders who take items up in person (领办领导), as recorded on the items.</summary>
public sealed class LeadingOfficialCompleter : StoreCompleter
{
    internal override IEnumerable<string> Values(SuggestionConnection connection, string typed, CancellationToken cancellationToken) =>
        Items(connection, cancellationToken).Select(i => i.LeadingOfficial).OfType<string>();
}
