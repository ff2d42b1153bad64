using SuggestionDesk.PowerShell.Views;
using System.Management.Automation;
using SuggestionDesk.Services;

namespace SuggestionDesk.PowerShell.Reporting;

/// <summary>One recipient of a committee report delivery, as <c>Send-SuggestionReport</c> returns it.</summary>
public sealed class ReportSent
{
    internal ReportSent(string recipient, string period, string archive, string transport, string status, ReportRecipientResult? result = null)
    {
        Recipient = recipient;
        Period = period;
        Archive = archive;
        Transport = transport;
        Status = status;
        TransportId = result?.Result.TransportId;
        Reason = result?.Result.Reason;
    }

    /// <summary>The recipient's e-mail.</summary>
    public string Recipient { get; }

    /// <summary>The period reported, which is also the report's name in the archive: <c>2026-10</c> (January to October 2026) or <c>2025</c> (the year).</summary>
    public string Period { get; }

    /// <summary>Where the report is archived: the container and the blob, e.g. <c>reports/2026-10.pdf</c>.</summary>
    public string Archive { get; }

    /// <summary>The transport used.</summary>
    public string Transport { get; }

    /// <summary>Sent; AlreadySent (the archive records that this recipient has it, from this module or the report timer); Failed; or Planned (not sent: -WhatIf or declined).</summary>
    public string Status { get; }

    /// <summary>The transport's id for the message (the .eml file's path for the outbox).</summary>
    public string? TransportId { get; }

    /// <summary>Why it failed.</summary>
    public string? Reason { get; }

    /// <summary>The status in the UI culture's language (the table's column): 已发送 or Sent.</summary>
    [Hidden]
    public string StatusShown => SendStatus.Shown(Status);
}
