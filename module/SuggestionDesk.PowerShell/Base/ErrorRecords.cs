using System.Management.Automation;
using SuggestionDesk.Files;
using SuggestionDesk.Items;
using SuggestionDesk.Ports;
using SuggestionDesk.PowerShell.Localization;

namespace SuggestionDesk.PowerShell.Base;

/// <summary>
/// Maps our exceptions to ErrorRecords: an error id, a category and the offending value as target. The core's messages
/// say what to do in the office's terms; where PowerShell has its own way to do it, the record adds that hint
/// (<see cref="ErrorDetails.RecommendedAction"/> and the shown message), so the core names no cmdlet or parameter.
/// </summary>
internal static class ErrorRecords
{
    public static ErrorRecord? From(Exception e, object? target = null) => e switch
    {
        ItemConflictException c => Hinted(new ErrorRecord(c, "SuggestionConflict", ErrorCategory.ResourceBusy, c.Number.Value),
            Messages.HintConflict),
        PolicyConflictException p => Hinted(new ErrorRecord(p, "PolicyConflict", ErrorCategory.ResourceBusy, p.Setting),
            Messages.HintPolicyConflict),
        DuplicateItemException d => new ErrorRecord(d, "SuggestionExists", ErrorCategory.ResourceExists, d.Number.Value),
        SuggestionNotFoundException n => Hinted(new ErrorRecord(n, "SuggestionNotFound", ErrorCategory.ObjectNotFound, n.Number.Value),
            Messages.HintNotFound),
        SessionNotFoundException s => Hinted(new ErrorRecord(s, "SessionNotFound", ErrorCategory.ObjectNotFound, s.Session),
            Messages.HintSessionNotFound),
        ItemRuleException r => new ErrorRecord(r, "SuggestionRuleViolated", ErrorCategory.InvalidOperation, r.Number.Value),
        StoreUnavailableException u => new ErrorRecord(u, "StoreUnavailable", StoreCategory(u.Status), target),
        StoreRefusedException r => new ErrorRecord(r, "StoreRefused", ErrorCategory.InvalidArgument, target),
        OutputNotWritableException o => new ErrorRecord(o, "OutputNotWritable",
            o.InnerException is UnauthorizedAccessException ? ErrorCategory.PermissionDenied : ErrorCategory.WriteError, o.Path),
        FileNotFoundException f => new ErrorRecord(f, "FileNotFound", ErrorCategory.ObjectNotFound, f.FileName ?? target),
        DirectoryNotFoundException d => new ErrorRecord(d, "FolderNotFound", ErrorCategory.ObjectNotFound, target),
        FormatException f => new ErrorRecord(f, "InvalidFormat", ErrorCategory.InvalidData, target),
        InvalidDataException d => new ErrorRecord(d, "InvalidData", ErrorCategory.InvalidData, target),
        NotSupportedException n => new ErrorRecord(n, "NotSupported", ErrorCategory.InvalidArgument, target),
        IOException io => new ErrorRecord(io, "FileError", ErrorCategory.WriteError, target),
        UnauthorizedAccessException a => new ErrorRecord(a, "AccessDenied", ErrorCategory.PermissionDenied, target),
        ArgumentException a => WithoutParameterName(new ErrorRecord(a, "InvalidArgument", ErrorCategory.InvalidArgument, target), a),
        InvalidOperationException o => new ErrorRecord(o, "InvalidOperation", ErrorCategory.InvalidOperation, target),
        _ => null,
    };

    /// <summary>What a store failure was: refused credentials, a busy or failing service, or nothing answering.</summary>
    private static ErrorCategory StoreCategory(int? status) => status switch
    {
        401 or 403 => ErrorCategory.PermissionDenied,
        408 => ErrorCategory.OperationTimeout,
        429 or 503 => ErrorCategory.ResourceBusy,
        >= 500 => ErrorCategory.ResourceUnavailable,
        null => ErrorCategory.ConnectionError,
        _ => ErrorCategory.InvalidOperation,
    };

    /// <summary>
    /// The message as the library wrote it, without .NET's " (Parameter 'codeOrLabel')": the name of a C# parameter is
    /// noise to an administrator (and English in a Chinese sentence).
    /// </summary>
    private static ErrorRecord WithoutParameterName(ErrorRecord record, ArgumentException e)
    {
        var suffix = e.ParamName is null ? null : new ArgumentException(string.Empty, e.ParamName).Message;
        if (!string.IsNullOrEmpty(suffix) && e.Message.Length > suffix.Length && e.Message.EndsWith(suffix, StringComparison.Ordinal))
        {
            record.ErrorDetails = new ErrorDetails(e.Message[..^suffix.Length]);
        }

        return record;
    }

    private static ErrorRecord Hinted(ErrorRecord record, string hint)
    {
        record.ErrorDetails = new ErrorDetails($"{record.Exception.Message} {hint}") { RecommendedAction = hint };
        return record;
    }
}
