namespace SuggestionDesk.Infra.Tests;

/// <summary>Every variant builds, lints and snapshots without a diagnostic, and makes the same kind of deployment.</summary>
public sealed class VariantTests
{
    // Linted and built together the first time one is asked for (each bicep run mostly waits).
    private static readonly Lazy<IReadOnlyDictionary<string, (BicepResult Lint, BicepResult Build)>> Checked = new(() =>
        Parallel.Run(Variants.All, LintAndBuild));

    [Theory]
    [MemberData(nameof(Variants.Names), MemberType = typeof(Variants))]
    public void VariantParametersBuildAndLintWithoutAnyDiagnostic(string variant)
    {
        var (lint, build) = Checked.Value[variant];

        Assert.Equal(0, lint.ExitCode);
        Assert.Empty(lint.Diagnostics(includeOutput: true));
        Assert.Equal(0, build.ExitCode);
        Assert.Empty(build.Diagnostics(includeOutput: false));
    }

    [Theory]
    [MemberData(nameof(Variants.Names), MemberType = typeof(Variants))]
    public void EveryVariantMakesTwoLockedDownAccountsTheAppAndItsLogs(string variant)
    {
        var snapshot = Variants.Snapshot(variant);

        Assert.Equal(2, snapshot.OfType("Microsoft.Storage/storageAccounts").Count);
        Assert.All(snapshot.OfType("Microsoft.Storage/storageAccounts"), a =>
        {
            Assert.False(a["properties"]!["allowSharedKeyAccess"]!.GetValue<bool>());
            Assert.Equal("Enabled", (string?)a["properties"]!["publicNetworkAccess"]);
        });
        Assert.Single(snapshot.OfType("Microsoft.Web/sites"));
        Assert.Single(snapshot.OfType("Microsoft.Authorization/locks"));
        // The site's function logs, the host's blobs, the data account's blobs and tables.
        Assert.Equal(4, snapshot.OfType("Microsoft.Insights/diagnosticSettings").Count);
    }

    private static (BicepResult Lint, BicepResult Build) LintAndBuild(string[] variant)
    {
        var work = Directory.CreateTempSubdirectory("sd-variant-");
        try
        {
            foreach (var file in Directory.EnumerateFiles(Repository.Infra, "*.bicep", SearchOption.AllDirectories))
            {
                var target = Path.Combine(work.FullName, Path.GetRelativePath(Repository.Infra, file));
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.Copy(file, target);
            }

            var parameters = Path.Combine(work.FullName, "variant.bicepparam");
            File.WriteAllLines(parameters, DeploymentSnapshot.Parameters(variant));
            return (BicepCli.Run("lint", parameters), BicepCli.Run("build-params", parameters, "--stdout"));
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }
}
