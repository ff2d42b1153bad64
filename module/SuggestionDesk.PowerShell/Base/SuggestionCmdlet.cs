using System.Management.Automation;
using SuggestionDesk.Calendar;
using SuggestionDesk.Items;
using SuggestionDesk.Localization;
using SuggestionDesk.Ports;
using SuggestionDesk.PowerShell.Connection;
using SuggestionDesk.PowerShell.Localization;
using SuggestionDesk.Services;

namespace SuggestionDesk.PowerShell.Base;

/// <summary>
/// The base of every cmdlet: <see cref="ProcessRecord"/> calls <see cref="ExecuteCmdlet"/> and turns our
/// exceptions into ErrorRecords with a category and the offending value as target; an optional
/// <c>-Connection</c> defaults to the session's; <c>-By</c> names who makes a change.
/// </summary>
public abstract class SuggestionCmdlet : PSCmdlet
{
    private readonly CancellationTokenSource cancellation = new();
    private ItemDeadlines? deadlines;

    /// <summary>The connection to use; by default the one Connect-SuggestionStore made in this session.</summary>
    [Parameter]
    public SuggestionConnection? Connection { get; set; }

    /// <summary>Cancelled when the user presses Ctrl+C.</summary>
    protected CancellationToken Cancellation => cancellation.Token;

    /// <summary>The connection in force, connecting to the local default first if the session has none.</summary>
    protected SuggestionConnection CurrentConnection
    {
        get
        {
            if (Connection is not null)
            {
                return Connection;
            }

            if (SessionConnections.Current is { } current)
            {
                return current;
            }

            var connection = SuggestionConnection.FromConnectionString(null);
            connection.Storage.CheckAsync(Cancellation).GetAwaiter().GetResult();
            SessionConnections.Set(connection);
            return connection;
        }
    }

    /// <summary>The core services over the connection in force.</summary>
    internal SessionServices Services => CurrentConnection.Services;

    /// <summary>
    /// The deadline rules in force for this command: the stored policy, read once per command however many records
    /// come down the pipeline, on the connection's calendar; read when first needed, so a command that judges no
    /// deadline makes no request for them, and one that does reads its data first.
    /// </summary>
    protected ItemDeadlines Deadlines => deadlines ??= Services.Deadlines(Cancellation);

    /// <summary>
    /// The item service of the connection in force, reading <see cref="Deadlines"/> only when it judges one. The
    /// connection is taken here, on the cmdlet's thread: the service may want the deadlines on a thread of the pool,
    /// where no runspace says which connection is this session's.
    /// </summary>
    protected SuggestionService Service
    {
        get
        {
            var services = Services;
            return services.Suggestions(() => deadlines ??= services.Deadlines(Cancellation));
        }
    }

    /// <inheritdoc />
    protected sealed override void ProcessRecord()
    {
        try
        {
            ExecuteCmdlet();
        }
        catch (PipelineStoppedException)
        {
            throw;
        }
        catch (Exception e) when (ErrorRecordFor(e) is { } record)
        {
            WriteError(record);
        }
    }

    /// <summary>
    /// The error record for <paramref name="e"/>: a failure of the store after connecting (it went away, refused a
    /// request) is first put in the store's own words, naming the service; null for exceptions that are not ours.
    /// </summary>
    protected ErrorRecord? ErrorRecordFor(Exception e)
    {
        ArgumentNullException.ThrowIfNull(e);
        var explained = (Connection ?? SessionConnections.Current)?.Storage.Explain(e) ?? e;
        return ErrorRecords.From(explained, ErrorTarget);
    }

    /// <summary>The value an error is about when the exception does not say (e.g. the number being changed).</summary>
    protected virtual object? ErrorTarget => null;

    /// <inheritdoc />
    protected override void StopProcessing() => cancellation.Cancel();

    /// <summary>
    /// Whether to go ahead with <paramref name="action"/> on <paramref name="target"/> (both already in the UI culture's
    /// language): -WhatIf writes the description, -Confirm asks, -Verbose reports it. Every cmdlet asks through this
    /// rather than <see cref="Cmdlet.ShouldProcess(string, string)"/>, whose frame ("Performing the operation ...") is
    /// PowerShell's English.
    /// </summary>
    protected bool ShouldChange(string target, string action) => ShouldChange(target, action, out _);

    /// <summary>As <see cref="ShouldChange(string, string)"/>; <paramref name="whatIf"/> says the answer was -WhatIf's.</summary>
    protected bool ShouldChange(string target, string action, out bool whatIf)
    {
        var description = MessageText.Format(Messages.ShouldProcessDescription, action, target);
        var yes = ShouldProcess(description, MessageText.Format(Messages.ShouldProcessQuery, description), Messages.ShouldProcessCaption, out var reason);
        whatIf = reason == ShouldProcessReason.WhatIf;
        return yes;
    }

    /// <summary>The cmdlet's work for one pipeline input.</summary>
    protected abstract void ExecuteCmdlet();

    /// <summary>Who is making a change: <paramref name="by"/> if given, else the signed-in user.</summary>
    protected static ChangeContext ChangeBy(string? by) =>
        new(string.IsNullOrWhiteSpace(by) ? Environment.UserName : by, TimeProvider.System);

    /// <summary>Today in the office's time zone.</summary>
    protected static DateOnly Today => OfficeTime.Today(TimeProvider.System);

    /// <summary>Parses a number given on the command line, as a terminating-for-this-record error when bad.</summary>
    protected static SuggestionNumber ParseNumber(string value) => SuggestionNumber.Parse(value);

    /// <summary>Runs an async core call to completion (cmdlets run on a thread without a synchronisation context).</summary>
    protected static T Run<T>(Task<T> task) => task.GetAwaiter().GetResult();

    /// <summary>Runs an async core call to completion.</summary>
    protected static void Run(Task task) => task.GetAwaiter().GetResult();
}
