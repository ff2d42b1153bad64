using SuggestionDesk.Benchmarks;

// Prints one "name: value" line per figure; pass names to run only those.
IBenchmark[] benchmarks = [new SeedReportSize(), new ThousandReportSize(), new RenderVersusRawDraw()];
foreach (var benchmark in benchmarks.Where(b => args.Length == 0 || args.Contains(b.Name)))
{
    Console.WriteLine($"{benchmark.Name}: {benchmark.Measure().ToString(System.Globalization.CultureInfo.InvariantCulture)}");
}
