namespace SuggestionDesk.Benchmarks;

/// <summary><c>import_requests_per_item</c>: every request of the 10,000-row import (first round) ÷ items.</summary>
internal sealed class ImportRequestsPerItem(BenchContext context) : IBenchmark
{
    public string Name => "import_requests_per_item";

    public double Measure() => Math.Round(context.Imports().First.Requests / (double)context.Imports().First.Items, 4);
}

/// <summary><c>set_suggestion_requests</c>: the requests of Set-Suggestion -Title on an item the session has read.</summary>
internal sealed class SetSuggestionRequests(BenchContext context) : IBenchmark
{
    public string Name => "set_suggestion_requests";

    public double Measure() => context.Cmdlets().SetRequests;
}

/// <summary><c>set_suggestion_cold_requests</c>: the same on a number the session has not seen (its number index row is read first).</summary>
internal sealed class SetSuggestionColdRequests(BenchContext context) : IBenchmark
{
    public string Name => "set_suggestion_cold_requests";

    public double Measure() => context.Cmdlets().SetColdRequests;
}

/// <summary><c>get_10000_requests</c>: the requests of Get-Suggestion listing the 10,000 items (a session's second command).</summary>
internal sealed class GetRequests(BenchContext context) : IBenchmark
{
    public string Name => "get_10000_requests";

    public double Measure() => context.Cmdlets().GetRequests;
}

/// <summary><c>get_10000_raw_query_pages</c>: the pages of the raw SDK query of the same item rows, the goal's base.</summary>
internal sealed class RawQueryPages(BenchContext context) : IBenchmark
{
    public string Name => "get_10000_raw_query_pages";

    public double Measure() => context.Cmdlets().RawPages;
}

/// <summary><c>repeat_call_setup_requests</c>: the most requests a second command of a session sends before its first data request.</summary>
internal sealed class RepeatCallSetupRequests(BenchContext context) : IBenchmark
{
    public string Name => "repeat_call_setup_requests";

    public double Measure() => context.Cmdlets().RepeatSetupRequests;
}

/// <summary><c>reminder_requests_per_open_item</c>: every request of a second reminder run on the same day ÷ open items.</summary>
internal sealed class ReminderRequestsPerOpenItem(BenchContext context) : IBenchmark
{
    public string Name => "reminder_requests_per_open_item";

    public double Measure() => Math.Round(context.ReminderRuns().SecondRunRequests / (double)context.ReminderRuns().Open, 3);
}

/// <summary><c>import_rtt10_vs_single_ratio</c>: the import ÷ one upsert request per item, both with 10 ms per request.</summary>
internal sealed class ImportRtt10VersusSingle(BenchContext context) : IBenchmark
{
    public string Name => "import_rtt10_vs_single_ratio";

    public double Measure() => Math.Round(context.ImportLatency().Rtt10.ItemsPerSecond / context.ImportLatency().SingleRtt10ItemsPerSecond, 1);
}

/// <summary><c>get_10000_rtt10_vs_raw_query_ratio</c>: Get-Suggestion ÷ the raw query, both with 10 ms per request.</summary>
internal sealed class GetRtt10VersusRawQuery(BenchContext context) : IBenchmark
{
    public string Name => "get_10000_rtt10_vs_raw_query_ratio";

    public double Measure() => Math.Round(context.Cmdlets().GetRtt10Milliseconds / context.Cmdlets().RawRtt10Milliseconds, 2);
}

/// <summary><c>reminder_run_rtt10_s_per_1000_open</c>: a reminder run with 10 ms per request, seconds per 1,000 open items.</summary>
internal sealed class ReminderRunRtt10(BenchContext context) : IBenchmark
{
    public string Name => "reminder_run_rtt10_s_per_1000_open";

    public double Measure() => Math.Round(context.ReminderRuns().Rtt10RunSeconds / context.ReminderRuns().Open * 1000, 2);
}
