namespace SuggestionDesk.PowerShell.Tests;

[Collection(ModuleCollection.Name)]
public sealed class SessionTests(AzuriteFixture module)
{
    [Fact]
    public void EachRunspaceHasItsOwnConnection()
    {
        using var first = new PowerShellSession();
        using var second = new PowerShellSession();

        first.RunClean("Connect-SuggestionStore -ConnectionString $args[0] -TablePrefix officeOne", module.ConnectionString);
        second.RunClean("Connect-SuggestionStore -ConnectionString $args[0] -TablePrefix officeTwo", module.ConnectionString);

        Assert.Equal("officeOne", first.RunClean("(Get-SuggestionStore).TablePrefix").Single().BaseObject);
        Assert.Equal("officeTwo", second.RunClean("(Get-SuggestionStore).TablePrefix").Single().BaseObject);
    }

    [Fact]
    public void TheConnectionNeverShowsTheKey()
    {
        using var ps = module.Connect();
        var key = module.ConnectionString.Split(';').Single(p => p.StartsWith("AccountKey=", StringComparison.Ordinal))["AccountKey=".Length..];

        var shown = string.Concat(ps.RunClean("Get-SuggestionStore | Format-List * | Out-String; Get-SuggestionStore | ConvertTo-Json").Select(o => o.ToString()));

        Assert.Contains("127.0.0.1", shown, StringComparison.Ordinal);
        Assert.DoesNotContain(key, shown, StringComparison.Ordinal);
    }

    [Fact]
    public void AnUnreachableStoreIsAClearConnectionError()
    {
        using var ps = new PowerShellSession();

        ps.Run("Connect-SuggestionStore -ConnectionString 'DefaultEndpointsProtocol=http;AccountName=x;AccountKey=eA==;TableEndpoint=http://127.0.0.1:9/x;'");

        var error = Assert.Single(ps.Errors);
        Assert.Equal(ErrorCategory.ConnectionError, error.CategoryInfo.Category);
        Assert.Contains("Nothing is listening at http://127.0.0.1:9/x", error.Exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void GetSuggestionStoreWithoutAConnectionSaysWhatToDo()
    {
        using var ps = new PowerShellSession();

        ps.Run("Get-SuggestionStore");

        Assert.Contains("Run Connect-SuggestionStore first", Assert.Single(ps.Errors).Exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void NumbersDepartmentsAndOwnersCompleteFromTheStore()
    {
        using var ps = module.Connect();
        ps.RunClean("""
            New-Suggestion -Number '2021/0347' -Title 't' -Session '市七届人大一次会议' -LeadProposer 'p' -Role Lead -Department '规划发展处' -Owner '李四' -AssignedOn 2026-11-02
            New-Suggestion -Number '2021/0348' -Title 't' -Session '市七届人大一次会议' -LeadProposer 'p' -Role Joint -Department '数据资源处' -Owner '王芳' -AssignedOn 2026-11-02
            New-Suggestion -Number '2020/0001' -Title 't' -Session '市六届人大八次会议' -LeadProposer 'p' -Role Joint -Department '数据资源处' -Owner '王芳' -AssignedOn 2026-11-02
            """);

        string[] Complete(string line) => ps.RunClean("(TabExpansion2 -inputScript $args[0] -cursorColumn $args[0].Length).CompletionMatches.CompletionText", line)
            .Select(o => o.ToString()).ToArray();

        Assert.Equal(["'2021/0347'", "'2021/0348'"], Complete("Get-Suggestion 2021"));
        Assert.Equal(["数据资源处"], Complete("Get-Suggestion -Department 数据"));
        Assert.Equal(["李四"], Complete("Set-Suggestion 2021/0347 -Owner 李"));
        Assert.Equal(["A", "B", "C", "D"], Complete("Set-SuggestionReply 2021/0347 -ResultClass "));
    }

    [Fact]
    public void ASecureStringConnectionStringConnectsAndNoMessageShowsTheKey()
    {
        using var ps = new PowerShellSession();
        var key = module.ConnectionString.Split(';').Single(p => p.StartsWith("AccountKey=", StringComparison.Ordinal))["AccountKey=".Length..];
        var prefix = AzuriteFixture.NewNames().Prefix;

        var shown = string.Concat(ps.RunClean("""
            $secret = ConvertTo-SecureString $args[0] -AsPlainText -Force
            Connect-SuggestionStore $secret -TablePrefix $args[1] -Verbose 4>&1 3>&1 | Out-String
            (Get-SuggestionStore).TablePrefix
            """, module.ConnectionString, prefix).Select(o => o.ToString()));

        Assert.EndsWith(prefix, shown, StringComparison.Ordinal);
        Assert.DoesNotContain(key, shown, StringComparison.Ordinal);

        // A refused one: the error, and everything the cmdlet says, leave the key out.
        var wrong = module.ConnectionString.Replace(key, Convert.ToBase64String(new byte[32]), StringComparison.Ordinal);
        var said = string.Concat(ps.Run("""
            Connect-SuggestionStore (ConvertTo-SecureString $args[0] -AsPlainText -Force) -TablePrefix other -Verbose 4>&1 3>&1 | Out-String
            """, wrong).Select(o => o.ToString()));
        var error = Assert.Single(ps.Errors);
        Assert.Contains("refused the credentials", error.Exception.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(Convert.ToBase64String(new byte[32]), said + error + error.Exception, StringComparison.Ordinal);
        Assert.Equal(prefix, ps.RunClean("(Get-SuggestionStore).TablePrefix").Single().ToString());
    }
}
