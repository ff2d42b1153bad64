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

        Array.Sort(times);
        return times[runs / 2];
    }
}
