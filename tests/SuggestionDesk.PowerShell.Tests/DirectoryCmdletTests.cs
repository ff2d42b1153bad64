namespace SuggestionDesk.PowerShell.Tests;

[Collection(ModuleCollection.Name)]
public sealed class DirectoryCmdletTests(AzuriteFixture module)
{
    [Fact]
    public void TheDirectoryIsSetListedAndRemoved()
    {
        using var ps = module.Connect();

        ps.RunClean("""
            Set-SuggestionDirectory -Office -Mailbox duban@example.gov.cn | Out-Null
            [pscustomobject]@{ Department = '规划发展处'; Mailbox = 'head.planning@example.gov.cn' } | Set-SuggestionDirectory | Out-Null
            Set-SuggestionDirectory 数据资源处 head.data@example.gov.cn | Out-Null
            Remove-SuggestionDirectory 数据资源处
            Set-SuggestionDirectory 政务服务处 head.service@example.gov.cn -WhatIf
            """);
        var entries = ps.RunClean("Get-SuggestionDirectory | ForEach-Object { '{0}|{1}|{2}' -f $_.Role, $_.Department, $_.Mailbox }").Select(o => o.ToString());

        Assert.Equal(["Office||duban@example.gov.cn", "Head|规划发展处|head.planning@example.gov.cn"], entries);
    }

    [Fact]
    public void ABadAddressIsRefusedNamingIt()
    {
        using var ps = module.Connect();

        ps.Run("Set-SuggestionDirectory 规划发展处 'head at example'");

        var error = Assert.Single(ps.Errors);
        Assert.Equal(ErrorCategory.InvalidArgument, error.CategoryInfo.Category);
        Assert.Contains("'head at example'", error.Exception.Message, StringComparison.Ordinal);
        Assert.Empty(ps.RunClean("Get-SuggestionDirectory"));
    }
}
