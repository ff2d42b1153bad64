namespace SuggestionDesk.Ports;

/// <summary>
/// A named lock kept in the store, so that two runs of the same job (two timer instances, a timer and an
/// administrator's cmdlet) take turns instead of both sending. A holder that dies lets go when its time is up.
/// </summary>
public interface IRunLock
{
    /// <summary>
    /// Waits until <paramref name="name"/> is free and takes it for <paramref name="hold"/>, renewed while held;
    /// disposing the result lets it go.
    /// </summary>
    Task<IAsyncDisposable> AcquireAsync(string name, TimeSpan hold, CancellationToken cancellationToken = default);
}
