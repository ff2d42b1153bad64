using SuggestionDesk.Items;
using SuggestionDesk.Ports;

namespace SuggestionDesk.PowerShell.Tests.Faults;

[Collection(ModuleCollection.Name)]
public sealed class ConcurrentWriterTests(AzuriteFixture azurite)
{
    private const string Number = "2021/0347";
    private const int Writers = 8;
    private const int ContactsEach = 25;

    // Each writer changes a field of its own, by number, in the middle of its contacts.
    private static readonly (string Parameter, string Value)[] Fields =
    [
        ("Title", "关于推进数字政府建设的建议（修改）"),
        ("LeadProposer", "赵代表"),
        ("CoSigners", "钱代表"),
        ("Topics", "营商环境"),
        ("SubPoints", "完善数据共享机制"),
        ("Department", "数据资源处"),
        ("Owner", "王五"),
        ("OwnerEmail", "wangwu@example.gov.cn"),
    ];

    [Fact]
    public async Task EightRunspacesKeepEveryContactAndEveryFieldAndAStaleCopyIsRefused()
    {
        var shared = new SharedStore(azurite);
        using var first = shared.Connect();
        first.RunClean("""
            New-Suggestion -Number $args[0] -Title '关于创新智慧城市和数字政府建设管理体制机制的建议' -Session '市七届人大一次会议' `
                -LeadProposer '王代表' -CoSigners '李代表' -Role Lead -Department '规划发展处' -Owner '李四' -OwnerEmail 'lisi@example.gov.cn' `
                -AssignedOn 2021-03-15 -Topics '智慧城市' | Out-Null
            $global:stale = Get-Suggestion $args[0]
            """, Number);
        var sessions = Enumerable.Range(0, Writers).Select(_ => shared.Connect()).ToArray();

        var failures = await Task.WhenAll(sessions.Select((ps, writer) => Task.Run(() => Write(ps, writer))));

        Assert.Empty(failures.SelectMany(f => f));
        var item = (await shared.Storage.Items.FindAsync(SuggestionNumber.Parse(Number)))!;
        var contacts = await shared.Storage.Items.GetContactsAsync(item.Number, item.Session).ToListAsync();
        Assert.Equal(Writers * ContactsEach, contacts.Count);
        Assert.Equal(
            Enumerable.Range(0, Writers).SelectMany(w => Enumerable.Range(1, ContactsEach).Select(c => $"writer {w} contact {c}")).Order(StringComparer.Ordinal),
            contacts.Select(c => c.Note!).Order(StringComparer.Ordinal));
        Assert.Equal(
            [Fields[0].Value, Fields[1].Value, Fields[2].Value, Fields[3].Value, Fields[4].Value, Fields[5].Value, Fields[6].Value, Fields[7].Value],
            [item.Title, item.Proposers.Lead, item.Proposers.CoSigners.Single(), item.Topics.Single(), item.SubPoints.Single().Title, item.Department, item.Owner, item.OwnerEmail!]);
        var history = await shared.Storage.Items.GetHistoryAsync(item.Number, item.Session).ToListAsync();
        Assert.Equal(Writers * ContactsEach, history.Count(h => h.Action == "RecordContact"));
        Assert.Equal(Writers, history.Count(h => h.Action is "Edit" or "Assign"));

        first.Run("$global:stale | Set-Suggestion -Owner '赵六'");

        var conflict = Assert.Single(first.Errors);
        Assert.Equal(ErrorCategory.ResourceBusy, conflict.CategoryInfo.Category);
        Assert.Contains($"'{Number}'", conflict.Exception.Message, StringComparison.Ordinal);
        Assert.Equal("王五", (await shared.Storage.Items.FindAsync(item.Number))!.Owner);
        foreach (var ps in sessions)
        {
            ps.Dispose();
        }
    }

    private static List<string> Write(PowerShellSession ps, int writer)
    {
        var failures = new List<string>();
        for (var contact = 1; contact <= ContactsEach; contact++)
        {
            ps.Run("Add-SuggestionContact $args[0] -Method Phone -On $args[1] -Note $args[2]", Number, $"2021-04-{contact:00}", $"writer {writer} contact {contact}");
            failures.AddRange(ps.Errors.Select(e => $"writer {writer} contact {contact}: {e}"));
            if (contact == ContactsEach / 2)
            {
                var (parameter, value) = Fields[writer];
                ps.Run($"Set-Suggestion $args[0] -{parameter} $args[1]", Number, value);
                failures.AddRange(ps.Errors.Select(e => $"writer {writer} -{parameter}: {e}"));
            }
        }

        return failures;
    }
}
