using SuggestionDesk.PowerShell.Views;
using System.Management.Automation;
using SuggestionDesk.Actions;

namespace SuggestionDesk.PowerShell.Actions;

/// <summary>
/// A link a reminder carried, as the office sees it: the item, what it does, to whom it went and where it stands. The
/// token itself is never kept; <see cref="Id"/> is the start of its hash, enough to tell links apart.
/// </summary>
public sealed class ActionLinkView
{
    internal ActionLinkView(ActionLink link, DateTimeOffset now)
    {
        Number = link.Number.Value;
        Action = link.Action.ToString();
        ActionName = link.Action.ChineseName();
        Recipient = link.Recipient;
        var state = link.StateAt(now);
        State = state.ToString();
        StateName = state.ChineseName();
        IssuedAt = link.IssuedAt;
        ExpiresAt = link.ExpiresAt;
        UsedAt = link.UsedAt;
        UsedBy = link.UsedBy;
        RevokedAt = link.RevokedAt;
        RevokedBy = link.RevokedBy;
        Id = link.Id[..16];
    }

    /// <summary>The item's number.</summary>
    public string Number { get; }

    /// <summary>What it does: SignFor, LogContact, ReportProgress, RequestExtension, RequestReturn or Reply.</summary>
    public string Action { get; }

    /// <summary>What it does in Chinese, e.g. 签收.</summary>
    public string ActionName { get; }

    /// <summary>The address the reminder carrying it went to.</summary>
    public string Recipient { get; }

    /// <summary>Live, Used, Expired or Revoked.</summary>
    public string State { get; }

    /// <summary>The state in Chinese, e.g. 有效.</summary>
    public string StateName { get; }

    /// <summary>When it was issued.</summary>
    public DateTimeOffset IssuedAt { get; }

    /// <summary>When it stops working.</summary>
    public DateTimeOffset ExpiresAt { get; }

    /// <summary>When it was used.</summary>
    public DateTimeOffset? UsedAt { get; }

    /// <summary>Who used it.</summary>
    public string? UsedBy { get; }

    /// <summary>When the office revoked it.</summary>
    public DateTimeOffset? RevokedAt { get; }

    /// <summary>Who revoked it.</summary>
    public string? RevokedBy { get; }

    /// <summary>The first 16 hex digits of the token's hash: which link this is (Revoke-SuggestionActionLink -Id).</summary>
    public string Id { get; }

    /// <summary>The action in the UI culture's language (the table's column).</summary>
    [Hidden]
    public string ActionShown => InLanguage.Pick(Action, ActionName)!;

    /// <summary>The state in the UI culture's language (the table's column).</summary>
    [Hidden]
    public string StateShown => InLanguage.Pick(State, StateName)!;
}
