namespace SuggestionDesk.Storage;

/// <summary>The table of the links reminders carry.</summary>
public sealed partial record TableNames
{
    /// <summary>The links reminders carry (<c>{prefix}ActionLinks</c>): one row per link, keyed by its token's hash.</summary>
    public string ActionLinks => Prefix + "ActionLinks";
}
