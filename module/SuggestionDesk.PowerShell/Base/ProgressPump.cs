using System.Collections.Concurrent;
using System.Management.Automation;

namespace SuggestionDesk.PowerShell.Base;

/// <summary>
/// Carries progress reports from the core's worker threads to the cmdlet's own thread, the only one allowed
/// to write progress: the cmdlet waits for the task by pumping reports into Write-Progress.
/// </summary>
internal sealed class ProgressPump<T>(Func<T, ProgressRecord> toRecord) : IProgress<T>
{
    private readonly ConcurrentQueue<T> reports = new();

    public void Report(T value) => reports.Enqueue(value);

    public TResult Wait<TResult>(Cmdlet cmdlet, Task<TResult> task)
    {
        while (!task.Wait(TimeSpan.FromMilliseconds(100)))
        {
            Flush(cmdlet);
        }

        Flush(cmdlet);
        return task.GetAwaiter().GetResult();
    }

    private void Flush(Cmdlet cmdlet)
    {
        // Only the latest report matters on screen.
        var latest = default(T);
        var any = false;
        while (reports.TryDequeue(out var report))
        {
            latest = report;
            any = true;
        }

        if (any)
        {
            cmdlet.WriteProgress(toRecord(latest!));
        }
    }
}
