using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;
using SuggestionDesk.Testing;

namespace SuggestionDesk.Benchmarks;

/// <summary>
/// Writes docs/performance.md: the figures of a full run with their goals and the machine they were measured on.
/// Everything below the notes marker is kept from the previous file, so the analysis written by hand survives a run.
/// </summary>
internal static class PerformanceReport
{
    private const string NotesMarker = "<!-- Notes below this line are kept when ./build.sh bench rewrites the file. -->";

    /// <summary>What each figure measures and its goal; a null test means the figure is only reported.</summary>
    private static readonly Dictionary<string, (string What, string Goal, Func<double, bool>? Met)> Goals = new()
    {
        ["import_items_per_s"] = ("Import-Suggestion's path (LedgerFiles.Read + LedgerImportService) on a 10,000-row ledger into empty tables, in a child process; median of 3 rounds", "reported", null),
        ["import_vs_single_ratio"] = ("that throughput ÷ the same item entities written one UpsertEntity request per item, sequentially; median of the rounds' ratios (each baseline runs right after its round's import, on the rows it wrote)", "≥ 5", v => v >= 5),
        ["import_vs_raw_batch_ratio"] = ("that throughput ÷ the same item entities upserted raw in transactions of 100 per partition, 4 in parallel (the import's parallelism)", "≥ 0.7", v => v >= 0.7),
        ["import_vs_own_rows_ratio"] = ("that throughput ÷ every row the import wrote (item, history, number index) upserted raw the same way: the import's own cost beyond its rows", "≥ 0.75", v => v >= 0.75),
        ["import_warm_vs_own_rows_ratio"] = ("the same file imported again in the child process (its code compiled by then) ÷ the same raw rows", "reported", null),
        ["import_vs_own_rows_ceiling"] = ("the most `import_vs_own_rows_ratio` can reach while the whole file is read and checked before the first write: raw rows ÷ (raw rows + the import's time before its first write)", "reported", null),
        ["import_rows_vs_single_ratio"] = ("those rows upserted raw ÷ the single baseline: the most any import that records history and keeps numbers unique reaches against `import_vs_single_ratio`'s goal", "reported", null),
        ["import_rows_vs_raw_batch_ratio"] = ("those rows upserted raw ÷ the batched baseline: the most such an import reaches against `import_vs_raw_batch_ratio`'s goal", "reported", null),
        ["import_10000_peak_mb"] = ("peak working set of the process importing the 10,000 rows, highest of the rounds", "≤ 400", v => v <= 400),
        ["reminder_reads_per_open_item"] = ("entities read by one reminder run ÷ open items, with 100,000 closed and 500 open items stored", "≤ 2", v => v <= 2),
        ["module_import_vs_bare_pwsh_ratio"] = ("pwsh -c 'Import-Module SuggestionDesk' ÷ pwsh -c '$null', wall time, medians of 7 interleaved runs", "≤ 1.5", v => v <= 1.5),
        ["get_10000_vs_raw_query_ratio"] = ("Get-Suggestion listing 10,000 items in pwsh ÷ the raw SDK query of the same item rows", "≤ 1.5", v => v <= 1.5),
        ["report_24_kb"] = ("the seed-sized report (24 items, with the sample narrative), KB", "≤ 300", v => v <= 300),
        ["report_1000_kb"] = ("the 1,000-item report, KB", "≤ 2,048", v => v <= 2048),
        ["report_1000_vs_raw_draw_ratio"] = ("rendering the 1,000-item report ÷ PDFsharp drawing the same text runs at fixed positions (medians of 5, side by side)", "≤ 3", v => v <= 3),
        ["import_requests_per_item"] = ("every request of the 10,000-row import (table checks, validation reads, number claims, item transactions) ÷ items, counted by a pipeline policy", "≤ 0.06", v => v <= 0.06),
        ["set_suggestion_requests"] = ("requests of `Set-Suggestion -Number n -Title …` on an item the session has read (listed, looked up or piped): read, write", "≤ 2", v => v <= 2),
        ["set_suggestion_cold_requests"] = ("the same on a number the session has not seen: the number index says which session holds it, then read, write", "reported", null),
        ["get_10000_requests"] = ("requests of `Get-Suggestion` listing the 10,000 items as a session's second command: the sessions, the item pages, the deadline policy", "≤ pages + 2", null),
        ["get_10000_raw_query_pages"] = ("pages of the raw SDK query of the same item rows, session by session", "reported", null),
        ["repeat_call_setup_requests"] = ("requests a second command of a session (Get-Suggestion -Number, Set-Suggestion, Get-Suggestion -Status) sends before its first data request, the most of them", "0", v => v == 0),
        ["reminder_requests_per_open_item"] = ("every request of a second `Send-SuggestionReminder` on the same day ÷ open items, with 100,000 closed and 1,000 open items stored", "≤ 1.05", v => v <= 1.05),
        ["import_rtt10_vs_single_ratio"] = ("the import ÷ one UpsertEntity request per item, both with 10 ms added to every request (the baseline on a sample of 300)", "≥ 20", v => v >= 20),
        ["get_10000_rtt10_vs_raw_query_ratio"] = ("Get-Suggestion listing 10,000 items in-process ÷ the raw SDK query, both with 10 ms per request (medians of 3, interleaved)", "≤ 1.2", v => v <= 1.2),
        ["reminder_run_rtt10_s_per_1000_open"] = ("a reminder run (the same day's repeat) with 10 ms per request, seconds per 1,000 open items", "reported", null),
    };

    public static void Write(IReadOnlyList<(string Name, double Value)> figures, BenchContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var path = Path.Combine(Repository.Root, "docs", "performance.md");
        var text = new StringBuilder();
        text.AppendLine("# Performance");
        text.AppendLine();
        text.AppendLine("Written by `./build.sh bench` (tests/SuggestionDesk.Benchmarks) from one run against its own Azurite. The machines are");
        text.AppendLine("shared and noisy, so ratios are measured side by side in the same run; absolute figures vary from run to run.");
        text.AppendLine();
        text.AppendLine("| line | value | goal | met | what |");
        text.AppendLine("| --- | --- | --- | --- | --- |");
        foreach (var (name, value) in figures)
        {
            var shown = value.ToString(CultureInfo.InvariantCulture);
            if (Goals.TryGetValue(name, out var goal))
            {
                text.AppendLine($"| `{name}` | {shown} | {goal.Goal} | {(goal.Met is null ? "—" : goal.Met(value) ? "yes" : "**no**")} | {goal.What} |");
            }
            else
            {
                text.AppendLine($"| `{name}` | {shown} | | | |");
            }
        }

        var pages = figures.FirstOrDefault(f => f.Name == "get_10000_raw_query_pages").Value;
        var get = figures.FirstOrDefault(f => f.Name == "get_10000_requests").Value;
        if (pages > 0)
        {
            text.AppendLine();
            text.AppendLine($"`get_10000_requests` against its goal: {get} requests for {pages} pages of the raw query: {(get <= pages + 2 ? "met" : "**not met**")}.");
        }

        text.AppendLine();
        text.AppendLine(UserWaits.Table(context));
        text.AppendLine("## Machine");
        text.AppendLine();
        text.AppendLine($"- measured {DateTimeOffset.UtcNow:yyyy-MM-dd HH:mm} UTC");
        text.AppendLine($"- {Environment.ProcessorCount} cores, {MemoryGiB():N0} GiB memory");
        text.AppendLine($"- {RuntimeInformation.OSDescription} ({RuntimeInformation.OSArchitecture})");
        text.AppendLine($"- {RuntimeInformation.FrameworkDescription}; Azurite 3.37.0 (in-memory), pwsh 7.6.9");
        text.AppendLine();
        text.AppendLine(NotesMarker);
        text.Append(KeptNotes(path));
        File.WriteAllText(path, text.ToString(), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        Console.WriteLine($"wrote {Path.GetRelativePath(Repository.Root, path)}");
    }

    private static string KeptNotes(string path)
    {
        if (!File.Exists(path))
        {
            return string.Empty;
        }

        var old = File.ReadAllText(path);
        var at = old.IndexOf(NotesMarker, StringComparison.Ordinal);
        return at < 0 ? string.Empty : old[(at + NotesMarker.Length)..].TrimStart('\r', '\n').Insert(0, Environment.NewLine);
    }

    private static double MemoryGiB()
    {
        var line = File.Exists("/proc/meminfo") ? File.ReadLines("/proc/meminfo").FirstOrDefault(l => l.StartsWith("MemTotal:", StringComparison.Ordinal)) : null;
        var kib = line?.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1];
        return kib is null ? GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / 1_073_741_824.0 : double.Parse(kib, CultureInfo.InvariantCulture) / 1_048_576.0;
    }
}
