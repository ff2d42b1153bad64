namespace SuggestionDesk.PowerShell.Tests.Faults;

/// <summary>
/// Failures after connecting are non-terminating errors with their documented id, naming the file or the value, and
/// never the SDK's or the operating system's own text or a stack.
/// </summary>
[Collection(ModuleCollection.Name)]
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class HostileOutputErrorTests(AzuriteFixture azurite) : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("sd-hostile-output-").FullName;

    private const string NewItem = """
        New-Suggestion -Number '20210347' -Title '关于建议' -Session '市七届人大一次会议' -LeadProposer '王代表' -Role Lead `
            -Department '规划发展处' -Owner '李四' -AssignedOn 2021-03-15 | Out-Null
        """;

    public static TheoryData<string> Outputs => ["Export-Suggestion -Path $args[0]", "New-SuggestionReport -Path $args[0] -AsOf 2021-09-28"];

    [Theory]
    [MemberData(nameof(Outputs))]
    public void AnOutputThatCannotBeWrittenIsOutputNotWritableNamingThePath(string command)
    {
        using var ps = azurite.Connect();
        ps.RunClean(NewItem);
        var (path, denied) = UnwritablePath(command.StartsWith("Export", StringComparison.Ordinal) ? "台账.csv" : "报告.pdf");

        var output = ps.Run(command + "; 'went on'", path);

        var error = Assert.Single(ps.Errors);
        Assert.Equal("went on", Assert.Single(output).ToString());
        Assert.StartsWith("OutputNotWritable,", error.FullyQualifiedErrorId, StringComparison.Ordinal);
        Assert.Equal(path, error.TargetObject);
        Assert.Equal(denied ? ErrorCategory.PermissionDenied : ErrorCategory.WriteError, error.CategoryInfo.Category);
        Assert.StartsWith($"Cannot write '{path}': ", error.Exception.Message, StringComparison.Ordinal);
        AssertOurWords(error);
        Assert.False(File.Exists(path));
    }

    [Theory]
    [InlineData("Get-Suggestion -Department $args[0]")]
    [InlineData("Get-Suggestion -Owner $args[0] -Session '市七届人大一次会议'")]
    [InlineData("Export-Suggestion -Path $args[1] -Department $args[0]")]
    public void AFilterValueTooLongForARequestIsStoreRefusedNamingTheValueCut(string command)
    {
        using var ps = azurite.Connect();
        ps.RunClean(NewItem);
        var value = new string('长', 20_000);

        var output = ps.Run(command + "; 'went on'", value, Path.Combine(folder, "台账.csv"));

        var error = Assert.Single(ps.Errors);
        Assert.Equal("went on", output[^1].ToString());
        Assert.True(error.FullyQualifiedErrorId.StartsWith("StoreRefused,", StringComparison.Ordinal), error.Exception.ToString());
        Assert.Contains($"'{new string('长', 40)}…' (20,000 characters)", error.Exception.Message, StringComparison.Ordinal);
        Assert.True(error.Exception.Message.Length < 400, error.Exception.Message);
        AssertOurWords(error);
        Assert.Empty(Directory.GetFiles(folder));
    }

    [Fact]
    public void AStoreThatGoesAwayAfterConnectingIsStoreUnavailableNamingTheService()
    {
        using var link = new StoreLink(azurite.ConnectionString);
        using var ps = new PowerShellSession();
        ps.RunClean("Connect-SuggestionStore -ConnectionString $args[0] -TablePrefix $args[1] | Out-Null", link.ConnectionString, AzuriteFixture.NewNames().Prefix);
        ps.RunClean(NewItem);
        var path = Path.Combine(folder, "台账.csv");

        link.Cut();
        var output = ps.Run("Export-Suggestion -Path $args[0]; 'went on'", path);

        var error = Assert.Single(ps.Errors);
        Assert.Equal("went on", Assert.Single(output).ToString());
        Assert.StartsWith("StoreUnavailable,", error.FullyQualifiedErrorId, StringComparison.Ordinal);
        Assert.Contains("The table service at http://127.0.0.1:", error.Exception.Message, StringComparison.Ordinal);
        AssertOurWords(error);
        Assert.False(File.Exists(path));
    }

    public void Dispose()
    {
        foreach (var directory in Directory.GetDirectories(folder))
        {
            File.SetUnixFileMode(directory, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }

        Directory.Delete(folder, recursive: true);
    }

    // A folder without write permission; as root, where permissions do not deny, a path whose parent is a file.
    private (string Path, bool Denied) UnwritablePath(string name)
    {
        var locked = Directory.CreateDirectory(Path.Combine(folder, "只读")).FullName;
        File.SetUnixFileMode(locked, UnixFileMode.UserRead | UnixFileMode.UserExecute);
        try
        {
            File.WriteAllText(Path.Combine(locked, "probe"), "x");
            File.Delete(Path.Combine(locked, "probe"));
        }
        catch (UnauthorizedAccessException)
        {
            return (Path.Combine(locked, name), true);
        }

        var file = Path.Combine(folder, "一个文件");
        File.WriteAllText(file, "not a folder");
        return (Path.Combine(file, name), false);
    }

    // The message is ours: no stack, no request dump, no operating-system or SDK wording.
    private static void AssertOurWords(ErrorRecord error)
    {
        var message = error.Exception.Message;
        Assert.DoesNotContain("   at ", message, StringComparison.Ordinal);
        Assert.DoesNotContain("Status:", message, StringComparison.Ordinal);
        Assert.DoesNotContain("Headers:", message, StringComparison.Ordinal);
        Assert.DoesNotContain("Not a directory", message, StringComparison.Ordinal);
        Assert.DoesNotContain("Access to the path", message, StringComparison.Ordinal);
        Assert.DoesNotContain("Retry failed", message, StringComparison.Ordinal);
    }
}
