namespace SuggestionDesk.Benchmarks;

/// <summary>
/// <c>module_import_vs_bare_pwsh_ratio</c>: the wall time of <c>pwsh -c 'Import-Module SuggestionDesk'</c> ÷ that of
/// <c>pwsh -c '$null'</c>, medians of seven runs each, interleaved so both see the same machine load.
/// </summary>
internal sealed class ModuleImportRatio : IBenchmark
{
    private const int Runs = 7;

    public string Name => "module_import_vs_bare_pwsh_ratio";

    public double Measure()
    {
        var import = $"Import-Module {Pwsh.Quote(BenchContext.ModuleManifest)}";
        Pwsh.Run("$null");
        Pwsh.Run(import);
        var bare = new double[Runs];
        var module = new double[Runs];
        for (var i = 0; i < Runs; i++)
        {
            bare[i] = Pwsh.Run("$null").Elapsed.TotalMilliseconds;
            module[i] = Pwsh.Run(import).Elapsed.TotalMilliseconds;
        }

        var (bareMedian, moduleMedian) = (Benchmarks.Measure.Median(bare), Benchmarks.Measure.Median(module));
        BenchContext.Detail($"pwsh -c '$null': median {bareMedian:N0} ms; pwsh -c 'Import-Module SuggestionDesk': median {moduleMedian:N0} ms ({Runs} runs each)");
        return Math.Round(moduleMedian / bareMedian, 2);
    }
}
