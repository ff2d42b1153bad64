using SuggestionDesk.Benchmarks;

// Prints one "name: value" line per figure (details above them); pass names to run only those. A full run writes docs/performance.md.
if (args is [ChildImport.Argument, var ledger, var prefix])
{
    return ChildImport.Run(ledger, prefix);
}

await using var context = await BenchContext.StartAsync();
IBenchmark[] benchmarks =
[
    new ImportThroughput(context), new ImportVersusSingle(context), new ImportVersusRawBatch(context), new ImportPeakMemory(context),
    new ReminderReads(context), new ModuleImportRatio(), new GetVersusRawQuery(context),
];
var figures = new List<(string Name, double Value)>();
foreach (var benchmark in benchmarks.Where(b => args.Length == 0 || args.Contains(b.Name)))
{
    figures.Add((benchmark.Name, benchmark.Measure()));
    Console.WriteLine($"{benchmark.Name}: {figures[^1].Value.ToString(System.Globalization.CultureInfo.InvariantCulture)}");
}

if (args.Length == 0)
{
    PerformanceReport.Write(figures);
}

return 0;
