using SuggestionDesk.Benchmarks;

// Prints one "name: value" line per figure; pass names to run only those, and "--out <folder>" to also write the
// seed-sized and 1,000-item reports there to look at.
var outIndex = Array.IndexOf(args, "--out");
if (outIndex >= 0 && outIndex + 1 < args.Length)
{
    Directory.CreateDirectory(args[outIndex + 1]);
    File.WriteAllBytes(Path.Combine(args[outIndex + 1], "report-24.pdf"), ReportModels.Render(ReportModels.Seed.Value));
    File.WriteAllBytes(Path.Combine(args[outIndex + 1], "report-1000.pdf"), ReportModels.Render(ReportModels.Thousand.Value));
    args = args.Where((_, i) => i != outIndex && i != outIndex + 1).ToArray();
}

IBenchmark[] benchmarks = [new SeedReportSize(), new ThousandReportSize(), new RenderVersusRawDraw()];
foreach (var benchmark in benchmarks.Where(b => args.Length == 0 || args.Contains(b.Name)))
{
    Console.WriteLine($"{benchmark.Name}: {benchmark.Measure().ToString(System.Globalization.CultureInfo.InvariantCulture)}");
}
