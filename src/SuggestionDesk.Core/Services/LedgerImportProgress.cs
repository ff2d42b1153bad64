namespace SuggestionDesk.Services;

/// <summary>Which pass of an import is running.</summary>
public enum LedgerImportPhase
{
    /// <summary>Every row is checked against the domain and the store; nothing is written.</summary>
    Validating,

    /// <summary>The rows that create or change an item are written.</summary>
    Writing,
}

/// <summary>How far an import is, for a progress bar (e.g. PowerShell's Write-Progress).</summary>
/// <param name="Phase">The pass running.</param>
/// <param name="Done">Rows done in this pass.</param>
/// <param name="Total">Rows this pass handles.</param>
public sealed record LedgerImportProgress(LedgerImportPhase Phase, int Done, int Total)
{
    /// <summary>Done as a whole percentage of Total (100 when there is nothing to do).</summary>
    public int Percent => Total == 0 ? 100 : (int)(100L * Done / Total);
}
