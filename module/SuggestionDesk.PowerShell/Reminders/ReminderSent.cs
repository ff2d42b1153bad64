using SuggestionDesk.PowerShell.Views;
using System.Management.Automation;
using SuggestionDesk.Reminders;
using SuggestionDesk.Services;

namespace SuggestionDesk.PowerShell.Reminders;

/// <summary>One reminder message of a run, as <c>Send-SuggestionReminder</c> returns it.</summary>
public sealed class ReminderSent
{
    internal ReminderSent(ReminderDelivery delivery, string transport)
    {
        var lines = delivery.Message.Reminders.SelectMany(s => s.Lines).ToArray();
        Recipient = delivery.Message.Recipient;
        Subject = delivery.Rendered.Subject;
        Roles = delivery.Message.Reminders.Select(s => s.Role.ToString()).Concat(delivery.Message.Digests.Select(d => "Digest:" + d.Role)).ToArray();
        Items = lines.Select(l => l.Number.Value).Distinct(StringComparer.Ordinal).ToArray();
        Stages = lines.Select(l => $"{l.Number} {l.Clock} {l.Stage}{(l.Break is null || l.Stage.Kind == ReminderKind.BeforeBreak ? string.Empty : " Break")}").ToArray();
        Transport = transport;
        Status = delivery.Result is null ? "Planned" : delivery.Result.IsSent ? "Sent" : "Failed";
        TransportId = delivery.Result?.TransportId;
        Reason = delivery.Result?.Reason;
        Text = delivery.Rendered.Text;
    }

    /// <summary>The recipient's e-mail.</summary>
    public string Recipient { get; }

    /// <summary>The subject, e.g. 【催办】3 件建议即将到期，1 件已逾期.</summary>
    public string Subject { get; }

    /// <summary>The capacities the message covers (Owner, DepartmentHead, Office, Digest:...).</summary>
    public string[] Roles { get; }

    /// <summary>The numbers of the items it lists.</summary>
    public string[] Items { get; }

    /// <summary>
    /// Each line's number, clock and stage, e.g. "20210347 Reply D-7"; a line in the warning before a break ends with
    /// "Break" ("20210347 Reply D-1 Break", or "20210347 Reply Break" when no stage falls that day).
    /// </summary>
    public string[] Stages { get; }

    /// <summary>The transport used.</summary>
    public string Transport { get; }

    /// <summary>Sent, Failed, or Planned (not sent: -WhatIf or declined).</summary>
    public string Status { get; }

    /// <summary>The transport's id for the message (the .eml file's path for the outbox).</summary>
    public string? TransportId { get; }

    /// <summary>Why it failed.</summary>
    public string? Reason { get; }

    /// <summary>The status in the UI culture's language (the table's column): 已发送 or Sent.</summary>
    [Hidden]
    public string StatusShown => SendStatus.Shown(Status);

    /// <summary>The message's plain-text body as rendered for sending, with its action links when the run issued them.</summary>
    public string Text { get; }
}
