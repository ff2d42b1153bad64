using Microsoft.Extensions.Time.Testing;
using SuggestionDesk.Actions;
using SuggestionDesk.Calendar;
using SuggestionDesk.Reminders;
using SuggestionDesk.Services;

namespace SuggestionDesk.Core.Tests.Actions;

/// <summary>The link services over in-memory stores, at 09:30 on 2026-11-27 (a Friday) unless moved on.</summary>
internal sealed class ActionDesk
{
    public const string Lisi = "lisi@example.gov.cn";
    public const string Head = "head.planning@example.gov.cn";
    public static readonly DateOnly Today = new(2026, 11, 27);
    public static readonly Uri BaseUrl = new("https://desk.example.gov.cn/sd/");

    public ActionDesk(bool documents = true)
    {
        Clock = TestClock.At(Today);
        Clock.AutoAdvanceAmount = TimeSpan.FromMilliseconds(1);
        Suggestions = new SuggestionService(Items, new ItemDeadlines(DeadlinePolicy.Default, WorkingDayCalendar.BuiltIn), Clock);
        Directory.SetHeadAsync("规划发展处", Head).GetAwaiter().GetResult();
        Documents = documents ? new InMemoryReplyDocumentStore() : null;
        Service = new ActionLinkService(Links, Policies, Directory, Suggestions, Clock, Documents);
        Issuer = new ActionLinkIssuer(Items, Links, Policies, BaseUrl, Clock);
    }

    public FakeTimeProvider Clock { get; }

    public InMemorySuggestionStore Items { get; } = new();

    public InMemoryActionLinkStore Links { get; } = new();

    public InMemoryActionLinkPolicyStore Policies { get; } = new();

    public InMemoryReminderDirectoryStore Directory { get; } = new();

    public InMemoryReplyDocumentStore? Documents { get; }

    public SuggestionService Suggestions { get; }

    public ActionLinkService Service { get; }

    public ActionLinkIssuer Issuer { get; }

    public ChangeContext Office => new("督办室", Clock);

    /// <summary>A Lead item of 李四's assigned on <paramref name="assigned"/> (default Wednesday 2026-11-25), signed for when asked.</summary>
    public async Task<SuggestionItem> AddAsync(string number = "20210347", DateOnly? assigned = null, bool signed = false, HandlingRole role = HandlingRole.Lead)
    {
        var item = await Suggestions.AddAsync(Spec(number, role: role) with { AssignedOn = assigned ?? new DateOnly(2026, 11, 25) }, Office);
        return signed ? await Suggestions.ChangeAsync(item.Number, null, false, i => i.SignFor(i.AssignedOn.AddDays(1), Office)) : item;
    }

    /// <summary>Issues the item's links to <paramref name="recipient"/> and returns the token of the one for <paramref name="action"/>.</summary>
    public async Task<string> TokenAsync(SuggestionItem item, ItemAction action, string recipient = Lisi)
    {
        var links = await Issuer.IssueAsync(item, recipient, Suggestions.Deadlines, Today);
        return Token(links.Single(l => l.Action == action));
    }

    public static string Token(ItemLink link) => link.Url.Segments[^1];

    public async Task<SuggestionItem> ItemAsync(string number = "20210347") => await Suggestions.GetAsync(SuggestionNumber.Parse(number));

    public async Task<IReadOnlyList<string>> HistoryAsync(string number = "20210347") =>
        (await Items.GetHistoryAsync(SuggestionNumber.Parse(number), Testing.Items.Session).ToListAsync()).Select(h => h.Action).ToArray();

    public static ActionCaller SignedIn(string address) => new([address]);
}
