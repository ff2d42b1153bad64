namespace SuggestionDesk.Benchmarks;

/// <summary>One figure the benchmark prints as <c>name: value</c>.</summary>
internal interface IBenchmark
{
    /// <summary>The figure's name, e.g. <c>report_24_kb</c>.</summary>
    string Name { get; }

    /// <summary>Measures the figure.</summary>
    double Measure();
}
