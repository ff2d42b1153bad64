using System.Collections.Concurrent;

namespace SuggestionDesk.Spreadsheets.Tests;

/// <summary>Records progress reports as they are made (Progress&lt;T&gt; would post them later, on the thread pool).</summary>
internal sealed class ProgressRecorder<T> : IProgress<T>
{
    private readonly ConcurrentQueue<T> reports = new();

    public IReadOnlyList<T> Reports => reports.ToArray();

    public void Report(T value) => reports.Enqueue(value);
}
