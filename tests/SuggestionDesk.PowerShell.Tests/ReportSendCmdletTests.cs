using Azure.Storage.Blobs;

namespace SuggestionDesk.PowerShell.Tests;

/// <summary>
/// Send-SuggestionReport on Azurite's tables and blobs with the outbox transport: the committee report archived once
/// and mailed to each recipient once, the archive's record saying who has it.
/// </summary>
[Collection(ModuleCollection.Name)]
public sealed class ReportSendCmdletTests(AzuriteFixture module) : IDisposable
{
    private const string Clerk = "mishuchu@example.gov.cn";
    private const string Committee = "renda.weiyuanhui@example.gov.cn";
    private readonly string outbox = Path.Combine(Path.GetTempPath(), "sd-report-outbox-" + Guid.NewGuid().ToString("N")[..8]);
    private readonly string container = "t" + Guid.NewGuid().ToString("N")[..12] + "-reports";

    [Fact]
    public void EachRecipientIsSentTheReportOnceAndASecondRunSendsNothing()
    {
        using var ps = Connected();

        var first = ps.RunClean("Send-SuggestionReport -To $args[0], $args[1] -Period 2021 -OutboxPath $args[2]", Clerk, Committee, outbox);
        var second = ps.RunClean("Send-SuggestionReport -To $args[0], $args[1] -Period 2021 -OutboxPath $args[2]", Clerk, Committee, outbox);

        Assert.Equal([(Clerk, "Sent"), (Committee, "Sent")], first.Select(Shown));
        Assert.Equal([(Clerk, "AlreadySent"), (Committee, "AlreadySent")], second.Select(Shown));
        Assert.All(first.Concat(second), o => Assert.Equal($"{container}/2021.pdf", o.Properties["Archive"].Value));
        Assert.All(first, o => Assert.True(File.Exists((string)o.Properties["TransportId"].Value)));
        Assert.Equal(2, Directory.GetFiles(outbox, "*.eml").Length);
        var archived = Archive().GetBlobClient("2021.pdf").DownloadContent().Value.Content.ToArray();
        Assert.Equal("%PDF-"u8.ToArray(), archived[..5]);
    }

    [Fact]
    public void ANewRecipientIsSentOnlyTheirsWithTheArchivedReport()
    {
        using var ps = Connected();
        ps.RunClean("Send-SuggestionReport $args[0] -Period 2021 -OutboxPath $args[1]", Clerk, outbox);
        var archived = Archive().GetBlobClient("2021.pdf").DownloadContent().Value.Content.ToArray();

        var second = ps.RunClean("Send-SuggestionReport -To $args[0], $args[1] -Period 2021 -OutboxPath $args[2]", Clerk.ToUpperInvariant(), Committee, outbox);

        Assert.Equal([(Clerk.ToUpperInvariant(), "AlreadySent"), (Committee, "Sent")], second.Select(Shown));
        Assert.Equal(2, Directory.GetFiles(outbox, "*.eml").Length);
        Assert.Contains(Committee, File.ReadAllText((string)second[1].Properties["TransportId"].Value), StringComparison.Ordinal);
        Assert.Equal(archived, Archive().GetBlobClient("2021.pdf").DownloadContent().Value.Content.ToArray());
    }

    [Fact]
    public void WhatIfSendsNothingAndArchivesNothing()
    {
        using var ps = Connected();

        var planned = ps.RunClean("Send-SuggestionReport -To $args[0], $args[1] -Period 2021 -OutboxPath $args[2] -WhatIf", Clerk, Committee, outbox);
        var sent = ps.RunClean("Send-SuggestionReport -To $args[0], $args[1] -Period 2021 -OutboxPath $args[2]", Clerk, Committee, outbox);

        Assert.Equal([(Clerk, "Planned"), (Committee, "Planned")], planned.Select(Shown));
        Assert.Equal([(Clerk, "Sent"), (Committee, "Sent")], sent.Select(Shown));
        Assert.Equal(2, Directory.GetFiles(outbox, "*.eml").Length);
    }

    [Fact]
    public void WhatIfLeavesNoArchiveBehind()
    {
        using var ps = Connected();

        ps.RunClean("Send-SuggestionReport $args[0] -Period 2021 -OutboxPath $args[1] -WhatIf", Clerk, outbox);

        Assert.False(Archive().Exists().Value);
        Assert.False(Directory.Exists(outbox));
    }

    [Fact]
    public void AFailedRecipientIsAnErrorAndAnObjectWithTheReasonAndIsSentOnTheNextRun()
    {
        using var ps = Connected();

        var first = ps.Run("Send-SuggestionReport -To $args[0], '秘书处' -Period 2021 -OutboxPath $args[1]", Clerk, outbox);
        var errors = ps.Errors;
        var second = ps.RunClean("Send-SuggestionReport -To $args[0], $args[1] -Period 2021 -OutboxPath $args[2]", Clerk, Committee, outbox);

        Assert.Equal([(Clerk, "Sent"), ("秘书处", "Failed")], first.Select(Shown));
        Assert.Contains("'秘书处'", (string)first[1].Properties["Reason"].Value, StringComparison.Ordinal);
        var error = Assert.Single(errors);
        Assert.Equal(("ReportNotSent,SuggestionDesk.PowerShell.Reporting.SendSuggestionReportCommand", "秘书处"), (error.FullyQualifiedErrorId, error.TargetObject));
        Assert.Equal([(Clerk, "AlreadySent"), (Committee, "Sent")], second.Select(Shown));
    }

    [Theory]
    [InlineData("2099-01", "2099-01-31")]
    [InlineData("2099", "2099-12-31")]
    public void APeriodThatHasNotEndedIsRefusedNamingItsEndAndNothingIsArchived(string period, string end)
    {
        using var ps = Connected();

        var output = ps.Run("Send-SuggestionReport $args[0] -Period $args[1] -OutboxPath $args[2]", Clerk, period, outbox);

        Assert.Empty(output);
        var error = Assert.Single(ps.Errors);
        Assert.Equal(ErrorCategory.InvalidArgument, error.CategoryInfo.Category);
        Assert.Contains(end, error.Exception.Message, StringComparison.Ordinal);
        Assert.False(Archive().Exists().Value);
    }

    [Fact]
    public void AMalformedPeriodIsRefusedNamingIt()
    {
        using var ps = Connected();

        ps.Run("Send-SuggestionReport $args[0] -Period 2021年 -OutboxPath $args[1]", Clerk, outbox);

        var error = Assert.Single(ps.Errors);
        Assert.Equal(ErrorCategory.InvalidArgument, error.CategoryInfo.Category);
        Assert.Contains("'2021年' is not a report period", error.Exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AParameterOfAnotherTransportIsRefusedAsForReminders()
    {
        using var ps = Connected();

        ps.Run("Send-SuggestionReport $args[0] -Period 2021 -OutboxPath $args[1] -SmtpServer smtp.example.gov.cn", Clerk, outbox);

        var error = Assert.Single(ps.Errors);
        Assert.Contains("-SmtpServer do not apply to -Transport Outbox", error.Exception.Message, StringComparison.Ordinal);
        Assert.False(Archive().Exists().Value);
    }

    [Fact]
    public void TheConnectionShowsItsReportContainer()
    {
        using var ps = Connected();

        Assert.Equal(container, ps.RunClean("(Get-SuggestionStore).ReportContainer").Single().BaseObject);
    }

    public void Dispose()
    {
        if (Directory.Exists(outbox))
        {
            Directory.Delete(outbox, recursive: true);
        }
    }

    private static (string Recipient, string Status) Shown(PSObject sent) =>
        ((string)sent.Properties["Recipient"].Value, (string)sent.Properties["Status"].Value);

    private PowerShellSession Connected()
    {
        var session = new PowerShellSession();
        session.RunClean("Connect-SuggestionStore -ConnectionString $args[0] -TablePrefix $args[1] -ReportContainer $args[2] | Out-Null",
            module.ConnectionString, AzuriteFixture.NewNames().Prefix, container);
        session.RunClean("Import-Suggestion -Path $args[0] | Out-Null", Path.Combine(Repository.Root, "module", "examples", "ledger-2021.csv"));
        return session;
    }

    private BlobContainerClient Archive() => new BlobServiceClient(module.ConnectionString).GetBlobContainerClient(container);
}
