namespace SuggestionDesk.Infra.Tests;

/// <summary>The deployments an office can make: each plan in each cloud, and the per-table role scope.</summary>
public static class Variants
{
    /// <summary>Variant name → its parameter lines (beyond the test's required values).</summary>
    public static IReadOnlyDictionary<string, string[]> All { get; } = new Dictionary<string, string[]>
    {
        ["FlexGlobal"] = [],
        ["ElasticPremiumGlobal"] = ["param hostingPlan = 'ElasticPremium'"],
        ["FlexChina"] = ["param cloud = 'China'"],
        ["ElasticPremiumChina"] = ["param cloud = 'China'", "param hostingPlan = 'ElasticPremium'", "param packageBlobName = 'release-2026-10.zip'"],
        ["TableScope"] = ["param tableAccessScope = 'Table'", "param reportRetentionDays = 2555"],
        ["GlobalWithLocalAuth"] = ["param appInsightsLocalAuth = 'Enabled'"],
        ["RetentionLocked"] = ["param reportRetentionLocked = true", "param dataRedundancy = 'Standard_GZRS'", "param logRetentionDays = 365"],
        ["ActionSignIn"] = ["param actionSignInClientId = '11111111-2222-3333-4444-555555555555'", "param actionBaseUrl = 'https://suggestions.example.gov.cn/'"],
    };

    // Made together the first time one is asked for: each bicep run mostly waits (its start-up looks for the network),
    // so running them side by side costs little more than one.
    private static readonly Lazy<IReadOnlyDictionary<string, DeploymentSnapshot>> Snapshots = new(() =>
        Parallel.Run(All, v => DeploymentSnapshot.Of(v)));

    /// <summary>The names, for theories.</summary>
    public static TheoryData<string> Names() => new(All.Keys);

    /// <summary>The variant's snapshot, made once per test run.</summary>
    public static DeploymentSnapshot Snapshot(string name) => Snapshots.Value[name];
}
