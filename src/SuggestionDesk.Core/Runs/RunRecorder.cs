using SuggestionDesk.Ports;

namespace SuggestionDesk.Runs;

/// <summary>
/// Wraps a run so that it leaves a record however it ends: the run's own record when it returns, a failed one naming
/// the error when it throws (the error is then thrown on, whether or not the record could be written).
/// </summary>
internal static class RunRecorder
{
    public static async Task<T> RecordAsync<T>(
        IRunRecordStore? records, RunKind kind, string? host, string? runFor, TimeProvider clock,
        Func<Task<T>> run, Func<T, RunRecord, RunRecord> describe, Func<T, RunRecord, T> attach, CancellationToken cancellationToken)
    {
        if (records is null || string.IsNullOrWhiteSpace(host))
        {
            return await run().ConfigureAwait(false);
        }

        var started = clock.GetUtcNow();
        RunRecord Begun() => new() { Kind = kind, Host = host.Trim(), Started = started, Finished = clock.GetUtcNow(), Outcome = RunOutcome.Succeeded, For = runFor };
        T result;
        try
        {
            result = await run().ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            var failed = Begun() with { Outcome = RunOutcome.Failed, FirstError = FirstLine(e.Message) };
            try
            {
                await records.AddAsync(failed, CancellationToken.None).ConfigureAwait(false);
            }
            catch (Exception)
            {
                // The run's own error is what the host must see; a store that failed the run likely fails this too.
            }

            throw;
        }

        var record = describe(result, Begun());
        await records.AddAsync(record, cancellationToken).ConfigureAwait(false);
        return attach(result, record);
    }

    public static string? FirstLine(string? text) => text?.Split('\n')[0].Trim() is { Length: > 0 } line ? line : null;
}
