using System.Diagnostics;
using System.Globalization;
using SuggestionDesk.Items;
using SuggestionDesk.Spreadsheets;
using SuggestionDesk.Services;
using SuggestionDesk.Storage;
using SuggestionDesk.Testing;

namespace SuggestionDesk.Benchmarks;

/// <summary>
/// The import measured in a process of its own (this executable with <c>--child-import</c>), so its peak working
/// set is the import's alone. It runs exactly what Import-Suggestion runs: <see cref="LedgerFiles.Read"/>, then
/// <see cref="LedgerImportService.ImportAsync"/> on the store <see cref="SuggestionStorage.FromConnectionString(string?, string?)"/> opens.
/// </summary>
internal static class ChildImport
{
    public const string Argument = "--child-import";
    private const string ResultPrefix = "child-import-result:";

    /// <summary>
    /// Parent side: runs the child on a fresh prefix and reads its result line; with <paramref name="delay"/>, every
    /// request the import sends waits that long first (a network round trip simulated, <see cref="RequestCounter"/>).
    /// </summary>
    /// <remarks>
    /// With <paramref name="warm"/>, the child then imports the same file again into fresh tables (the second prefix),
    /// so the run also tells what the import costs once the process has compiled its code.
    /// </remarks>
    public static ImportRun Start(BenchContext context, TimeSpan delay = default, string? ledger = null, bool warm = false)
    {
        var names = BenchContext.NewNames("imp");
        var again = BenchContext.NewNames("imw");
        var start = new ProcessStartInfo(Environment.ProcessPath ?? throw new InvalidOperationException("The benchmark's own path is unknown."))
        {
            ArgumentList = { Argument, ledger ?? context.LedgerPath, names.Prefix, delay.TotalMilliseconds.ToString(CultureInfo.InvariantCulture), warm ? again.Prefix : "-" },
            RedirectStandardOutput = true,
            Environment = { [SuggestionStorage.EnvironmentVariable] = context.ConnectionString },
        };
        BenchContext.Detail($"importing {Path.GetFileName(ledger ?? context.LedgerPath)} in a child process (prefix {names.Prefix}{(delay > TimeSpan.Zero ? $", {delay.TotalMilliseconds:N0} ms per request" : string.Empty)}) ...");
        using var child = Process.Start(start) ?? throw new InvalidOperationException("Could not start the child import.");
        var output = child.StandardOutput.ReadToEnd();
        child.WaitForExit();
        Console.Write(string.Concat(output.Split('\n').Where(l => l.StartsWith("  ", StringComparison.Ordinal)).Select(l => l + "\n")));
        var line = output.Split('\n').FirstOrDefault(l => l.StartsWith(ResultPrefix, StringComparison.Ordinal));
        if (child.ExitCode != 0 || line is null)
        {
            throw new InvalidOperationException($"The child import failed (exit code {child.ExitCode}):\n{output}");
        }

        var fields = line[ResultPrefix.Length..].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var run = new ImportRun(names, int.Parse(fields[0], CultureInfo.InvariantCulture),
            Milliseconds(fields[1]), long.Parse(fields[2], CultureInfo.InvariantCulture), int.Parse(fields[3], CultureInfo.InvariantCulture))
        {
            BeforeWriting = Milliseconds(fields[4]),
            Warm = fields[5] == "-" ? null : Milliseconds(fields[5]),
        };
        BenchContext.Detail($"import: {run.Items:N0} items created in {run.Elapsed.TotalSeconds:N1} s = {run.ItemsPerSecond:N0} items/s; peak working set {run.PeakWorkingSetBytes / 1_048_576.0:N0} MB; {run.Requests:N0} requests"
            + (run.Warm is { } warmElapsed ? $"; the same file again in the same process {warmElapsed.TotalSeconds:N1} s = {run.WarmItemsPerSecond:N0} items/s" : string.Empty));
        return run;
    }

    /// <summary>
    /// Child side: imports <paramref name="ledger"/> into <paramref name="prefix"/>, every request counted (and delayed by
    /// <paramref name="delayMilliseconds"/>), then, unless <paramref name="warmPrefix"/> is "-", the same file again into
    /// that prefix; prints the result line (the peak working set is the first import's).
    /// </summary>
    public static int Run(string ledger, string prefix, string delayMilliseconds, string warmPrefix)
    {
        var counter = new RequestCounter(TimeSpan.FromMilliseconds(double.Parse(delayMilliseconds, CultureInfo.InvariantCulture)));
        using var observing = ClientDiagnostics.Observe(prefix, counter);
        var (first, exit) = Import(ledger, prefix);
        if (exit != 0)
        {
            return exit;
        }

        using var self = Process.GetCurrentProcess();
        self.Refresh();
        var peak = self.PeakWorkingSet64;
        var warm = "-";
        if (warmPrefix != "-")
        {
            var (again, againExit) = Import(ledger, warmPrefix, "the same import again");
            if (againExit != 0)
            {
                return againExit;
            }

            warm = again.Elapsed.TotalMilliseconds.ToString(CultureInfo.InvariantCulture);
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{ResultPrefix} {first.Created} {first.Elapsed.TotalMilliseconds} {peak} {counter.Count} {first.BeforeWriting.TotalMilliseconds} {warm}"));
        return 0;
    }

    private static TimeSpan Milliseconds(string field) => TimeSpan.FromMilliseconds(double.Parse(field, CultureInfo.InvariantCulture));

    /// <summary>One import of <paramref name="ledger"/> into <paramref name="prefix"/>, its phases printed.</summary>
    private static ((int Created, TimeSpan Elapsed, TimeSpan BeforeWriting) Run, int Exit) Import(string ledger, string prefix, string label = "import")
    {
        var watch = Stopwatch.StartNew();
        var table = LedgerFiles.Read(ledger);
        var storage = SuggestionStorage.FromConnectionString(null, prefix);
        var service = new LedgerImportService(storage.Items, new ChangeContext("性能测试", TimeProvider.System));
        var read = watch.Elapsed;
        var writing = TimeSpan.Zero;
        var progress = new Progress(p =>
        {
            if (p.Phase == LedgerImportPhase.Writing && writing == TimeSpan.Zero)
            {
                writing = watch.Elapsed;
            }
        });
        var result = service.ImportAsync(table, skipInvalid: false, progress).GetAwaiter().GetResult();
        watch.Stop();
        Console.WriteLine($"  {label} phases: reading the file {read.TotalSeconds:N1} s, validating against the store {(writing - read).TotalSeconds:N1} s, writing {(watch.Elapsed - writing).TotalSeconds:N1} s");
        if (result.Refused || result.Created != table.Rows.Count)
        {
            Console.Error.WriteLine($"The import created {result.Created} of {table.Rows.Count} rows (refused: {result.Refused}):");
            foreach (var error in result.Errors.Take(10))
            {
                Console.Error.WriteLine($"  {error}");
            }

            return (default, 1);
        }

        return ((result.Created, watch.Elapsed, writing), 0);
    }

    /// <summary>Synchronous progress: <see cref="Progress{T}"/> would post to the thread pool and report late.</summary>
    private sealed class Progress(Action<LedgerImportProgress> report) : IProgress<LedgerImportProgress>
    {
        public void Report(LedgerImportProgress value) => report(value);
    }
}
