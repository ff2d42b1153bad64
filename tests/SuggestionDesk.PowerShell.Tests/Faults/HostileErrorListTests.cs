namespace SuggestionDesk.PowerShell.Tests.Faults;

/// <summary>The list of a ledger's errors, exported with Export-Csv to hand back to a department, opens as text in Excel.</summary>
[Collection(ModuleCollection.Name)]
public sealed class HostileErrorListTests(AzuriteFixture azurite) : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("sd-hostile-errors-").FullName;

    [Fact]
    public void FormulasInTheErrorsOpenAsTextWhenExportedWithExportCsv()
    {
        using var ps = azurite.Connect();
        var ledger = Path.Combine(folder, "ledger.csv");
        File.WriteAllText(ledger, """
            Number,Title,Session,Proposers,Role,Department,Owner,OwnerEmail,AssignedOn
            @2026-1,建议,市八届人大三次会议,王代表,Lead,规划发展处,李四,lisi@example.gov.cn,"=HYPERLINK(""http://x"",""y"")"
            2026-2,建议,市八届人大三次会议,王代表,+cmd|' /C calc'!A0,规划发展处,李四,lisi@example.gov.cn,2026-03-02
            """, new System.Text.UTF8Encoding(false));
        var list = Path.Combine(folder, "待修改.csv");

        ps.Run("$r = Import-Suggestion $args[0] -ErrorAction SilentlyContinue; $r.Errors | Export-Csv $args[1] -NoTypeInformation -Encoding utf8BOM", ledger, list);
        var rows = ps.RunClean("Import-Csv $args[0]", list);
        var raw = ps.RunClean("$r.Errors | ForEach-Object { $_.psobject.BaseObject.ToString() }");

        Assert.Equal(2, rows.Count);
        Assert.Equal("'=HYPERLINK(\"http://x\",\"y\")", rows[0].Properties["Value"].Value);
        Assert.Equal("'@2026-1", rows[0].Properties["Number"].Value);
        Assert.Equal("'+cmd|' /C calc'!A0", rows[1].Properties["Value"].Value);
        Assert.Equal(["Row", "Number", "Column", "Value", "Expected", "Sheet"], rows[0].Properties.Select(p => p.Name));
        Assert.Contains("'=HYPERLINK(\"http://x\",\"y\")':", raw[0].ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void ATableOfTheErrorsShowsEscapeSequencesInsteadOfSendingThem()
    {
        using var ps = azurite.Connect();
        var ledger = Path.Combine(folder, "escape.csv");
        File.WriteAllText(ledger,
            "Number,Title,Session,Proposers,Role,Department,Owner,OwnerEmail,AssignedOn\r\n" +
            "2026-1,建议,市八届人大三次会议,王代表,Lead,规划发展处,李四,lisi@example.gov.cn,\"2026\u001B[2J\u001B]0;owned\u0007\"\r\n",
            new System.Text.UTF8Encoding(false));

        var table = string.Concat(ps.RunClean(
            "(Import-Suggestion $args[0] -ErrorAction SilentlyContinue -WarningAction SilentlyContinue).Errors | Format-Table Row, Value | Out-String -Width 300", ledger)
            .Select(o => o.ToString()));

        Assert.Contains("2026\\u001B[2J\\u001B]0;owned\\u0007", table, StringComparison.Ordinal);
        Assert.DoesNotContain('\u001B', table);
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);
}
