using SuggestionDesk.PowerShell.Localization;

namespace SuggestionDesk.PowerShell.Views;

/// <summary>The words for the Status of a message sent (Planned, Sent, Failed, AlreadySent) in the UI culture's language.</summary>
internal static class SendStatus
{
    /// <summary>待发送, 已发送 ...; a status it does not know as it is.</summary>
    public static string Shown(string status) => status switch
    {
        "Planned" => Messages.SendStatusPlanned,
        "Sent" => Messages.SendStatusSent,
        "Failed" => Messages.SendStatusFailed,
        "AlreadySent" => Messages.SendStatusAlreadySent,
        _ => status,
    };
}
