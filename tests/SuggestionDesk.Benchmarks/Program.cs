using SuggestionDesk.Benchmarks;

// Prints one "name: value" line per figure (details above them); pass names to run only those, and "--out <folder>"
// to also write the seed-sized and 1,000-item reports there to look at. A full run writes docs/performance.md.
if (args is [ChildImport.Argument, var ledger, var prefix, var delay, var warmPrefix])
{
    return ChildImport.Run(ledger, prefix, delay, warmPrefix);
}

// The generated ledger alone, to import by hand (e.g. in a profiler): --ledger <path> <rows>.
if (args is ["--ledger", var path, var count])
{
    LedgerGenerator.WriteMixed(path, int.Parse(count, System.Globalization.CultureInfo.InvariantCulture));
    return 0;
}

var outIndex = Array.IndexOf(args, "--out");
if (outIndex >= 0 && outIndex + 1 < args.Length)
{
    Directory.CreateDirectory(args[outIndex + 1]);
    File.WriteAllBytes(Path.Combine(args[outIndex + 1], "report-24.pdf"), ReportModels.Render(ReportModels.Seed.Value));
    File.WriteAllBytes(Path.Combine(args[outIndex + 1], "report-1000.pdf"), ReportModels.Render(ReportModels.Thousand.Value));
    args = args.Where((_, i) => i != outIndex && i != outIndex + 1).ToArray();
}

await using var context = await BenchContext.StartAsync();
IBenchmark[] benchmarks =
[
    new ImportThroughput(context), new ImportVersusSingle(context), new ImportVersusRawBatch(context), new ImportVersusOwnRows(context),
    new ImportWarmVersusOwnRows(context), new ImportVersusOwnRowsCeiling(context),
    new ImportRowsLimit(context, versusSingle: true), new ImportRowsLimit(context, versusSingle: false),
    new ImportPeakMemory(context),
    new ReminderReads(context), new ModuleImportRatio(), new GetVersusRawQuery(context),
    new SeedReportSize(), new ThousandReportSize(), new RenderVersusRawDraw(),
    new ImportRequestsPerItem(context), new SetSuggestionRequests(context), new SetSuggestionColdRequests(context),
    new GetRequests(context), new RawQueryPages(context), new RepeatCallSetupRequests(context), new ReminderRequestsPerOpenItem(context),
    new ImportRtt10VersusSingle(context), new GetRtt10VersusRawQuery(context), new ReminderRunRtt10(context),
];
var figures = new List<(string Name, double Value)>();
foreach (var benchmark in benchmarks.Where(b => args.Length == 0 || args.Contains(b.Name)))
{
    figures.Add((benchmark.Name, benchmark.Measure()));
    Console.WriteLine($"{benchmark.Name}: {figures[^1].Value.ToString(System.Globalization.CultureInfo.InvariantCulture)}");
}

if (args.Length == 0)
{
    PerformanceReport.Write(figures, context);
}

return 0;
