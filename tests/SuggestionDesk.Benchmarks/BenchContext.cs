using System.Diagnostics;
using Azure.Data.Tables;
using SuggestionDesk.Storage;
using SuggestionDesk.Testing;

namespace SuggestionDesk.Benchmarks;

/// <summary>
/// What several figures share: one Azurite (build.sh's, else one started here), a work folder, the 10,000-row
/// ledger and its imports (in child processes, each compared side by side with raw writes of what it wrote).
/// </summary>
internal sealed class BenchContext : IAsyncDisposable
{
    public const int LedgerRows = 10_000;

    private readonly AzuriteServer azurite;
    private ImportRounds? imports;
    private ImportLatency? importLatency;
    private CmdletRoundTrips? cmdlets;
    private (TableNames Names, int Open)? reminders;
    private ReminderRuns? reminderRuns;

    private BenchContext(AzuriteServer azurite, string workFolder)
    {
        this.azurite = azurite;
        WorkFolder = workFolder;
        Service = new TableServiceClient(azurite.ConnectionString);
        LedgerPath = Path.Combine(workFolder, "ledger-10000.csv");
        LedgerGenerator.WriteMixed(LedgerPath, LedgerRows);
    }

    public string ConnectionString => azurite.ConnectionString;

    public TableServiceClient Service { get; }

    public string WorkFolder { get; }

    public string LedgerPath { get; }

    /// <summary>The built module (./build.sh module), for the figures measured in pwsh.</summary>
    public static string ModuleManifest => Path.Combine(Repository.Root, "artifacts", "module", "SuggestionDesk", "SuggestionDesk.psd1");

    public static async Task<BenchContext> StartAsync()
    {
        var azurite = await AzuriteServer.StartAsync();
        var folder = Directory.CreateTempSubdirectory("suggestiondesk-bench-").FullName;
        return new BenchContext(azurite, folder);
    }

    /// <summary>A fresh table prefix, so every measurement writes into empty tables.</summary>
    public static TableNames NewNames(string what) => new($"b{what}{Guid.NewGuid():N}"[..20]);

    /// <summary>The imports of the 10,000-row ledger, each in a child process (see <see cref="ChildImport"/>), with their baselines.</summary>
    public ImportRounds Imports() => imports ??= ImportRounds.Run(this);

    /// <summary>The import and its baselines with a round trip per request, and the 1,000-row ledger's import and report.</summary>
    public ImportLatency ImportLatency() => importLatency ??= Benchmarks.ImportLatency.Measure(this);

    /// <summary>The cmdlets' requests and their wait with a round trip per request, over the first import's items.</summary>
    public CmdletRoundTrips Cmdlets() => cmdlets ??= CmdletRoundTrips.Measure(this);

    /// <summary>The store of 100,000 closed and 1,000 open items the reminder figures read (<see cref="ReminderStore"/>).</summary>
    public (TableNames Names, int Open) Reminders() => reminders ??= ReminderStore.Create(this);

    /// <summary>Reminder runs through the cmdlet on that store, counted and timed.</summary>
    public ReminderRuns ReminderRuns() => reminderRuns ??= Benchmarks.ReminderRuns.Measure(this);

    public static void Detail(string line) => Console.WriteLine($"  {line}");

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await azurite.DisposeAsync();
        try
        {
            Directory.Delete(WorkFolder, recursive: true);
        }
        catch (IOException)
        {
            // A temp folder left behind is harmless.
        }
    }

    /// <summary>Runs <paramref name="work"/> and returns how long it took.</summary>
    public static TimeSpan Time(Func<Task> work)
    {
        var watch = Stopwatch.StartNew();
        work().GetAwaiter().GetResult();
        return watch.Elapsed;
    }
}
