namespace SuggestionDesk.Storage;

/// <summary>The stores of the links reminders carry, on the same tables.</summary>
public sealed partial class SuggestionStorage
{
    private TableActionLinkStore? actionLinks;
    private TableActionLinkPolicyStore? actionLinkPolicies;

    /// <summary>The links reminders carry, by their tokens' hashes.</summary>
    public TableActionLinkStore ActionLinks => actionLinks ??= new TableActionLinkStore(service, Names);

    /// <summary>The office's setting for reminder links.</summary>
    public TableActionLinkPolicyStore ActionLinkPolicies => actionLinkPolicies ??= new TableActionLinkPolicyStore(service, Names);
}
