using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace SuggestionDesk.Functions.Tests;

/// <summary>Keeps what the app logs, with level and category, as the Functions host would pass it on to Application Insights.</summary>
internal sealed class RecordedLogs : ILoggerProvider
{
    private readonly ConcurrentQueue<RecordedLog> entries = new();

    public IReadOnlyList<RecordedLog> Entries => entries.ToArray();

    public ILogger CreateLogger(string categoryName) => new Logger(categoryName, entries);

    public void Dispose()
    {
    }

    private sealed class Logger(string category, ConcurrentQueue<RecordedLog> entries) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            entries.Enqueue(new RecordedLog(category, logLevel, formatter(state, exception)));
    }
}

/// <summary>One logged message.</summary>
internal sealed record RecordedLog(string Category, LogLevel Level, string Message);
