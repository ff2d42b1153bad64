using System.Collections.Concurrent;
using System.Management.Automation;

namespace SuggestionDesk.PowerShell.Base;

/// <summary>
/// Carries progress reports and questions from the core's worker threads to the cmdlet's own thread, the only one
/// allowed to write progress or call ShouldProcess: the cmdlet waits for the task by pumping reports into
/// Write-Progress and running the questions.
/// </summary>
internal sealed class ProgressPump<T>(Func<T, ProgressRecord> toRecord) : IProgress<T>
{
    private readonly ConcurrentQueue<T> reports = new();
    private readonly ConcurrentQueue<Action> calls = new();
    private readonly SemaphoreSlim called = new(0);

    public void Report(T value) => reports.Enqueue(value);

    /// <summary>Runs <paramref name="call"/> on the cmdlet's thread, during <see cref="Wait{TResult}"/>, and returns its result.</summary>
    public Task<TResult> CallAsync<TResult>(Func<TResult> call)
    {
        var done = new TaskCompletionSource<TResult>(TaskCreationOptions.RunContinuationsAsynchronously);
        calls.Enqueue(() =>
        {
            try
            {
                done.SetResult(call());
            }
            catch (Exception e)
            {
                done.SetException(e);
            }
        });
        called.Release();
        return done.Task;
    }

    public TResult Wait<TResult>(Cmdlet cmdlet, Task<TResult> task)
    {
        var finished = ((IAsyncResult)task).AsyncWaitHandle;
        while (!task.IsCompleted)
        {
            // Woken by a question as soon as it is asked, else every 100 ms to show the latest progress.
            WaitHandle.WaitAny([finished, called.AvailableWaitHandle], TimeSpan.FromMilliseconds(100));
            RunCalls();
            Flush(cmdlet);
        }

        RunCalls();
        Flush(cmdlet);
        return task.GetAwaiter().GetResult();
    }

    private void RunCalls()
    {
        while (called.Wait(0) && calls.TryDequeue(out var call))
        {
            call();
        }
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
