using System.Globalization;
using SuggestionDesk.Items;
using SuggestionDesk.PowerShell.Base;

namespace SuggestionDesk.PowerShell.Views;

/// <summary>
/// The properties an item shows in PowerShell, in this order (Format-List, Export-Csv, Select-Object *): what the
/// item is, where it stands, what is due next, then its events, each in the domain's words, English and Chinese side
/// by side, dates as <c>yyyy-MM-dd</c> and lists joined as a ledger writes them. The store's bookkeeping (Version,
/// PendingHistory ...) is not listed; <c>$item.Version</c> still reads it, and piping binds it by name.
/// </summary>
public static class ItemView
{
    /// <summary>The columns, in the order shown.</summary>
    public static IReadOnlyList<ItemViewColumn> Columns { get; } =
    [
        new("Number", typeof(SuggestionNumber), i => i.Number),
        new("Title", typeof(string), i => i.Title),
        new("Kind", typeof(ItemKind), i => i.Kind),
        new("KindChinese", typeof(string), i => i.Kind.ChineseName()),
        new("Status", typeof(ItemStatus), i => i.Status),
        new("StatusChinese", typeof(string), i => i.Status.ChineseName()),
        new("Role", typeof(HandlingRole), i => i.Role),
        new("RoleChinese", typeof(string), i => i.Role.ChineseName()),
        new("Session", typeof(string), i => i.Session),
        new("Department", typeof(string), i => i.Department),
        new("Owner", typeof(string), i => i.Owner),
        new("OwnerEmail", typeof(string), i => i.OwnerEmail),
        new("LeadUnit", typeof(string), i => i.LeadUnit),
        new("LeadingOfficial", typeof(string), i => i.LeadingOfficial),
        new("Priority", typeof(IReadOnlyList<ItemPriority>), i => ShownValue.List(i.Priorities, p => p.ToString(), ", ")),
        new("PriorityChinese", typeof(string), i => ItemPriorityNames.Join(i.Priorities, Language.Chinese)),
        new("Proposers", typeof(Proposers), i => i.Proposers),
        new("Topics", typeof(IReadOnlyList<string>), i => ShownValue.List(i.Topics, t => t, "、")),
        new("AssignedOn", typeof(DateOnly), i => ShownValue.Date(i.AssignedOn)),
        new("SignedForOn", typeof(DateOnly?), i => ShownValue.Date(i.SignedForOn)),
        new("NextClock", typeof(string), ItemColumns.NextClock),
        new("NextClockChinese", typeof(string), ItemColumns.NextClockChinese),
        new("NextDue", typeof(DateOnly?), i => ShownValue.Date(ItemColumns.NextDue(i))),
        new("DueStatus", typeof(string), ItemColumns.DueStatus),
        new("DueStatusChinese", typeof(string), ItemColumns.DueStatusChinese),
        new("Provisional", typeof(bool), i => ItemColumns.Provisional(i)),
        new("Replies", typeof(IReadOnlyList<Reply>), i => ShownValue.List(i.Replies, ReplyText, "；")),
        new("Evaluations", typeof(IReadOnlyList<Evaluation>), i => ShownValue.List(i.Evaluations, e => $"{Day(e.Date)} {e.Result.ChineseName()}", "；")),
        new("Extensions", typeof(IReadOnlyList<Extension>), i => ShownValue.List(i.Extensions, e => $"{Day(e.NewDueDate)} {e.State}", "；")),
        new("FollowUpPending", typeof(bool), i => i.FollowUpPending),
        new("Return", typeof(ReturnRequest), i => i.Return),
        new("Disclosure", typeof(Disclosure), i => i.Disclosure),
        new("SubPoints", typeof(IReadOnlyList<SubPoint>), i => ShownValue.List(i.SubPoints, p => p.Title, "；")),
        new("CreatedAt", typeof(DateTimeOffset), i => ShownValue.Moment(i.CreatedAt)),
        new("CreatedBy", typeof(string), i => i.CreatedBy),
        new("UpdatedAt", typeof(DateTimeOffset), i => ShownValue.Moment(i.UpdatedAt)),
        new("UpdatedBy", typeof(string), i => i.UpdatedBy),
    ];

    /// <summary>
    /// What the default table and list show in the UI culture's language (主办 or Lead), read by name but not listed,
    /// so Format-List *, Select-Object * and Export-Csv keep the columns above.
    /// </summary>
    public static IReadOnlyList<ItemViewColumn> Shown { get; } =
    [
        new("KindShown", typeof(string), i => ItemKindNames.Words.Shown(i.Kind)),
        new("StatusShown", typeof(string), i => ItemStatusNames.Words.Shown(i.Status)),
        new("RoleShown", typeof(string), i => HandlingRoleRules.Words.Shown(i.Role)),
        new("PriorityShown", typeof(string), i => ItemPriorityNames.Join(i.Priorities, SuggestionDesk.Localization.MessageText.Current)),
        new("DueShown", typeof(string), DueShown),
        new("NextDueShown", typeof(string), i => ItemColumns.NextDue(i) is { } due ? $"{Day(due)} {DueShown(i)}" : null),
    ];

    private static readonly Dictionary<string, ItemViewColumn> ByName = Columns.Concat(Shown).ToDictionary(c => c.Name, StringComparer.OrdinalIgnoreCase);

    /// <summary>The column named <paramref name="name"/> (any case), listed or <see cref="Shown"/>, or null.</summary>
    public static ItemViewColumn? Find(string name) => ByName.GetValueOrDefault(name);

    // The next clock and where it stands: 答复 剩3个工作日, or Reply 3 working days left.
    private static string? DueShown(SuggestionItem item) => ItemColumns.DueStatus(item) is null
        ? null
        : InLanguage.Chinese
            ? $"{ItemColumns.NextClockChinese(item)} {ItemColumns.DueStatusChinese(item)}"
            : $"{ItemColumns.NextClock(item)} {ItemColumns.DueStatus(item)}";

    // 2021-05-20 A for the first reply (a Joint opinion without class: the date alone); a later one says which it is
    // (2021-08-02 B 跟踪办理); a promised follow-up date follows (2021-05-20 B 跟踪反馈期限 2021-10-31).
    private static string ReplyText(Reply reply) => string.Join(' ', new[]
    {
        Day(reply.Date),
        reply.ResultClass?.Code,
        reply.Round switch { ReplyRound.Rehandling => "重新办理", ReplyRound.FollowUp => "跟踪办理", _ => null },
        reply.FollowUpBy is { } promised ? $"跟踪反馈期限 {Day(promised)}" : null,
    }.Where(part => part is not null));

    private static string Day(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}

/// <summary>One property of <see cref="ItemView"/>: its name, the type scripts see, and how it is read from the item.</summary>
/// <param name="Name">The property's name.</param>
/// <param name="Type">The type of the value under any display wrapper (Get-Member shows it).</param>
/// <param name="Read">Reads the value shown.</param>
public sealed record ItemViewColumn(string Name, Type Type, Func<SuggestionItem, object?> Read);
