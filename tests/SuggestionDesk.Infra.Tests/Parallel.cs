namespace SuggestionDesk.Infra.Tests;

/// <summary>Runs slow, independent bicep invocations side by side.</summary>
public static class Parallel
{
    /// <summary><paramref name="run"/> for each input, at most six at a time, by key.</summary>
    public static IReadOnlyDictionary<TKey, TResult> Run<TKey, TInput, TResult>(IReadOnlyDictionary<TKey, TInput> inputs, Func<TInput, TResult> run)
        where TKey : notnull
    {
        var results = new System.Collections.Concurrent.ConcurrentDictionary<TKey, TResult>();
        System.Threading.Tasks.Parallel.ForEach(inputs, new ParallelOptions { MaxDegreeOfParallelism = 6 }, input => results[input.Key] = run(input.Value));
        return results;
    }
}
