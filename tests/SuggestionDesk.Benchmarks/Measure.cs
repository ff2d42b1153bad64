using System.Diagnostics;

namespace SuggestionDesk.Benchmarks;

/// <summary>Timing helpers: the median of several runs after a warm-up, so JIT and font loading do not count.</summary>
internal static class Measure
{
    public static double MedianMilliseconds(Action run, int runs = 5)
    {
        run();
        var times = new double[runs];
        for (int i = 0; i < runs; i++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            var watch = Stopwatch.StartNew();
            run();
            times[i] = watch.Elapsed.TotalMilliseconds;
        }

        return Median(times);
    }

    /// <summary>The middle value, or the mean of the two middle ones.</summary>
    public static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[sorted.Length / 2 - 1] + sorted[sorted.Length / 2]) / 2;
    }
}
