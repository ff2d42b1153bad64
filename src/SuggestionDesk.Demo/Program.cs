using SuggestionDesk.Calendar;
using SuggestionDesk.Demo;
using SuggestionDesk.Items;
using SuggestionDesk.Ports;
using SuggestionDesk.Services;
using SuggestionDesk.Storage;

// The demo replays part of the 2021 handling year from the seed report against the local store (Azurite):
// it registers items, records their life, shows that a stale write is refused, and lists the ledger.
var clock = new FixedClock(new DateTimeOffset(2021, 9, 28, 10, 0, 0, TimeSpan.FromHours(8)));
var prefix = args.Length > 0 ? args[0] : "demo";
var storage = SuggestionStorage.FromConnectionString(connectionString: null, prefix);
await storage.CheckAsync();
var store = storage.Items;
var office = new ChangeContext("督办办公室", clock);
var a = ResultClassScheme.Default;

Console.WriteLine($"SuggestionDesk demo — tables '{store.Names.Items}', '{store.Names.Numbers}', '{store.Names.Sessions}'");
foreach (var spec in SampleLedger.Items())
{
    try
    {
        await store.AddAsync(SuggestionItem.Create(spec, office));
    }
    catch (DuplicateItemException e)
    {
        Console.WriteLine($"  skipped: {e.Message}");
    }
}

await Change("20210347", "李明", item =>
{
    item.SignFor(new(2021, 3, 16), By("李明"));
    item.RecordContact(new(2021, 4, 2), ContactMethod.Visit, "上门拜访代表，商谈办理措施", By("李明"));
    item.Reply(new(2021, 5, 20), a.Parse("A"), "关于创新智慧城市和数字政府建设管理体制机制建议的答复……", By("李明"));
    item.Evaluate(new(2021, 6, 10), EvaluationResult.Satisfied, "满意", By("李明"));
    item.DecideDisclosure(DisclosureDecision.Publish, new(2021, 6, 11), null, By("督办办公室"));
    item.RecordPublication(new(2021, 6, 25), By("督办办公室"));
});
await Change("20210254", "王芳", item =>
{
    item.SignFor(new(2021, 3, 17), By("王芳"));
    item.RecordContact(new(2021, 4, 20), ContactMethod.Meeting, "座谈会", By("王芳"));
    item.Reply(new(2021, 6, 1), a.Parse("B"), "正在推进智慧社区平台建设……", By("王芳"));
    item.Evaluate(new(2021, 6, 30), EvaluationResult.Satisfied, null, By("王芳"));
});
await Change("20210118", "陈刚", item =>
{
    item.SignFor(new(2021, 3, 16), By("陈刚"));
    item.RequestExtension(new(2021, 9, 15), "需市市场监管局会办", new(2021, 6, 1), By("陈刚"));
    item.DecideExtension(approve: true, "徐副局长", new(2021, 6, 2), By("督办办公室"));
});
await Change("20210402", "王芳", item =>
{
    item.SignFor(new(2021, 3, 18), By("王芳"));
    item.Reply(new(2021, 6, 5), a.Parse("C"), "因条件限制暂不能解决，已作说明。", By("王芳"));
    item.Evaluate(new(2021, 6, 25), EvaluationResult.Unsatisfied, "希望进一步推进", By("王芳"));
});
await Change("20210077", "李明", item =>
{
    item.SignFor(new(2021, 3, 16), By("李明"));
    item.Reply(new(2021, 4, 10), a.Parse("A"), "会办意见已送主办单位。", By("李明"));
});

// Two people read the same item; the second write is refused instead of silently overwriting the first.
var first = await store.FindAsync(SuggestionNumber.Parse("20200815")) ?? throw new InvalidOperationException("20200815 is missing.");
var second = await store.FindAsync(first.Number) ?? throw new InvalidOperationException("20200815 is missing.");
first.Assign(null, "赵磊", "zhaolei@example.gov.cn", By("督办办公室"));
await store.SaveAsync(first);
second.Assign(null, "孙敏", "sunmin@example.gov.cn", By("政务服务处"));
try
{
    await store.SaveAsync(second);
}
catch (ItemConflictException e)
{
    Console.WriteLine($"  conflict, as expected: {e.Message}");
}

Console.WriteLine();
var all = await store.QueryAsync(ItemQuery.All).ToListAsync();
var rows = new List<string[]> { new[] { "编号 Number", "会次 Session", "类型 Role", "状态 Status", "处室 Department", "承办人 Owner", "历史 History" } };
foreach (var item in all.OrderBy(i => i.Number))
{
    var history = await store.GetHistoryAsync(item).CountAsync();
    rows.Add([item.Number.Value, item.Session, $"{item.Role.ChineseName()} {item.Role}", Describe(item),
        item.Department, item.Owner, history.ToString()]);
}

Console.Write(ConsoleTable.Render(rows));
var open = await store.QueryAsync(new ItemQuery { OpenOnly = true }).ToListAsync();
Console.WriteLine();
Console.WriteLine($"{all.Count} items, {open.Count} open, in {await store.GetSessionsAsync().CountAsync()} sessions.");

// What is due, on the Chinese working-day calendar (holidays and make-up working days), as of the demo's today.
var calendars = new CalendarService(storage.Calendars, store);
var deadlines = new ItemDeadlines(DeadlinePolicy.Default, await calendars.LoadAsync());
var today = office.Today;
Console.WriteLine();
Console.WriteLine($"Running deadlines on {today:yyyy-MM-dd} (截至 {today:yyyy年M月d日} 的期限):");
var dueRows = new List<string[]> { new[] { "编号 Number", "期限 Clock", "到期 Due", "状态 Status", "说明 Explanation" } };
foreach (var item in open.OrderBy(i => i.Number))
{
    foreach (var deadline in deadlines.Running(item, today))
    {
        var status = deadline.StatusOn(today, deadlines.Calendar);
        dueRows.Add([item.Number.Value, deadline.Clock.ChineseName(), $"{deadline.Due:yyyy-MM-dd}", $"{status.ToChinese()} / {status}", deadline.ExplainChinese()]);
    }
}

Console.Write(ConsoleTable.Render(dueRows));
return 0;

ChangeContext By(string actor) => new(actor, clock);

static string Describe(SuggestionItem item)
{
    var pending = new List<string>();
    if (item.FollowUpPending)
    {
        pending.Add("follow-up due");
    }

    if (item.Disclosure?.IsPending == true)
    {
        pending.Add("publication due");
    }

    return pending.Count == 0 ? item.Status.ToString() : $"{item.Status}, {string.Join(", ", pending)}";
}

async Task Change(string number, string owner, Action<SuggestionItem> change)
{
    var item = await store.FindAsync(SuggestionNumber.Parse(number)) ?? throw new InvalidOperationException($"Suggestion '{number}' is missing.");
    if (item.Status != ItemStatus.Assigned)
    {
        Console.WriteLine($"  {number}: already handled in an earlier run, left as it is ({owner}).");
        return;
    }

    change(item);
    await store.SaveAsync(item);
}
