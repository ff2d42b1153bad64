using SuggestionDesk.Actions;

namespace SuggestionDesk.Core.Tests.Actions;

public sealed class ActionLinkServiceTests
{
    private readonly ActionDesk desk = new();

    [Fact]
    public async Task IssuingStoresOnlyTheTokensHashWithItemActionRecipientAndAFourteenDayExpiry()
    {
        var item = await desk.AddAsync();

        var links = await desk.Issuer.IssueAsync(item, ActionDesk.Lisi, desk.Suggestions.Deadlines, ActionDesk.Today);

        Assert.Equal([ItemAction.SignFor, ItemAction.LogContact, ItemAction.RequestExtension, ItemAction.RequestReturn], links.Select(l => l.Action));
        Assert.All(links, l => Assert.StartsWith("https://desk.example.gov.cn/sd/act/", l.Url.AbsoluteUri, StringComparison.Ordinal));
        var stored = desk.Links.All;
        Assert.Equal(4, stored.Count);
        Assert.All(links, l => Assert.DoesNotContain(stored, s => s.Id == ActionDesk.Token(l)));
        Assert.All(links, l => Assert.Contains(stored, s => ActionToken.TryRead(ActionDesk.Token(l), out var t) && s.Id == t!.Hash && s.Action == l.Action));
        Assert.All(stored, s => Assert.Equal((ActionDesk.Lisi, "20210347", TimeSpan.FromDays(14)), (s.Recipient, s.Number.Value, s.ExpiresAt - s.IssuedAt)));
    }

    [Fact]
    public async Task OpeningALinkShowsTheItemAndChangesNothing()
    {
        var item = await desk.AddAsync();
        var token = await desk.TokenAsync(item, ItemAction.SignFor);

        var first = await desk.Service.OpenAsync(token, ActionCaller.Anonymous);
        var second = await desk.Service.OpenAsync(token, ActionCaller.Anonymous);

        Assert.True(first.Succeeded && second.Succeeded);
        Assert.Equal(item.Version, first.Item!.Version);
        Assert.Equal(["Create"], await desk.HistoryAsync());
        Assert.All(desk.Links.All, l => Assert.Null(l.UsedAt));
    }

    [Fact]
    public async Task SigningForFromALinkGoesThroughTheItemOnceAndIsRecordedAsTheOfficersViaMailLink()
    {
        var item = await desk.AddAsync();
        var token = await desk.TokenAsync(item, ItemAction.SignFor);

        var done = await desk.Service.PerformAsync(token, item.Version, new ActionForm { Date = new DateOnly(2026, 11, 26) }, ActionCaller.Anonymous);
        var again = await desk.Service.PerformAsync(token, done.Item!.Version, new ActionForm(), ActionCaller.Anonymous);

        Assert.True(done.Succeeded);
        Assert.Equal((ItemStatus.SignedFor, new DateOnly(2026, 11, 26)), (done.Item.Status, done.Item.SignedForOn));
        Assert.Equal(ActionRefusal.Used, again.Refusal);
        var history = await desk.Items.GetHistoryAsync(item.Number, item.Session).ToListAsync();
        Assert.Equal(["Create", "SignFor"], history.Select(h => h.Action));
        Assert.Equal(("李四 <lisi@example.gov.cn>", HistoryEntry.ViaMailLink), (history[1].Actor, history[1].Via));
        Assert.Null(history[0].Via);
        var used = Assert.Single(desk.Links.All, l => l.Action == ItemAction.SignFor);
        Assert.Equal(ActionDesk.Lisi, used.UsedBy);
    }

    [Fact]
    public async Task ADamagedUnknownExpiredOrRevokedLinkIsRefusedSayingWhichAndChangesNothing()
    {
        var item = await desk.AddAsync();
        var token = await desk.TokenAsync(item, ItemAction.SignFor);
        var revoked = await desk.TokenAsync(item, ItemAction.LogContact);
        await desk.Service.RevokeAsync(item.Number, ItemAction.LogContact, null, "督办室");

        var damaged = await desk.Service.PerformAsync(token[..^2], item.Version, new ActionForm(), ActionCaller.Anonymous);
        var unknown = await desk.Service.PerformAsync(ActionToken.New().Text, item.Version, new ActionForm(), ActionCaller.Anonymous);
        var ended = await desk.Service.PerformAsync(revoked, item.Version, new ActionForm { Method = ContactMethod.Phone }, ActionCaller.Anonymous);
        desk.Clock.Advance(TimeSpan.FromDays(14));
        var expired = await desk.Service.PerformAsync(token, item.Version, new ActionForm { Date = ActionDesk.Today }, ActionCaller.Anonymous);

        Assert.Equal([ActionRefusal.Damaged, ActionRefusal.Unknown, ActionRefusal.Revoked, ActionRefusal.Expired], new[] { damaged, unknown, ended, expired }.Select(r => r.Refusal));
        Assert.Equal(["Create"], await desk.HistoryAsync());
        Assert.Empty(await desk.Items.GetContactsAsync(item.Number, item.Session).ToListAsync());
    }

    [Fact]
    public async Task APageShownBeforeTheItemChangedIsRefusedAsStaleAndTheLinkStillWorks()
    {
        var item = await desk.AddAsync(signed: true);
        var token = await desk.TokenAsync(item, ItemAction.ReportProgress);
        await desk.Suggestions.ChangeAsync(item.Number, null, false, i => i.Assign(null, null, "li.si@example.gov.cn", desk.Office));

        var stale = await desk.Service.PerformAsync(token, item.Version, new ActionForm { Text = "已召开协调会" }, ActionCaller.Anonymous);
        var current = (await desk.Service.OpenAsync(token, ActionCaller.Anonymous)).Item!;
        var done = await desk.Service.PerformAsync(token, current.Version, new ActionForm { Text = "已召开协调会" }, ActionCaller.Anonymous);

        Assert.Equal(ActionRefusal.Stale, stale.Refusal);
        Assert.True(done.Succeeded);
        Assert.Equal("已召开协调会", Assert.Single(done.Item!.Progress).Text);
    }

    [Fact]
    public async Task WhatTheItemRefusesGivesTheLinkBackAndWritesNothing()
    {
        var item = await desk.AddAsync();
        var token = await desk.TokenAsync(item, ItemAction.SignFor);

        var future = await desk.Service.PerformAsync(token, item.Version, new ActionForm { Date = new DateOnly(2026, 12, 1) }, ActionCaller.Anonymous);
        var corrected = await desk.Service.PerformAsync(token, item.Version, new ActionForm { Date = ActionDesk.Today }, ActionCaller.Anonymous);

        Assert.Equal(ActionRefusal.Invalid, future.Refusal);
        Assert.Contains("2026-12-01 is after today", future.Detail, StringComparison.Ordinal);
        Assert.True(corrected.Succeeded);
        Assert.Equal(["Create", "SignFor"], await desk.HistoryAsync());
    }

    [Fact]
    public async Task ASignedInUserMustBeTheRecipientOrTheDepartmentsHead()
    {
        var item = await desk.AddAsync();
        var token = await desk.TokenAsync(item, ItemAction.LogContact);
        var form = new ActionForm { Method = ContactMethod.Visit, Phase = ContactPhase.Before, Text = "上门听取意见" };

        var stranger = await desk.Service.PerformAsync(token, item.Version, form, ActionDesk.SignedIn("wangwu@example.gov.cn"));
        var strangerOpens = await desk.Service.OpenAsync(token, ActionDesk.SignedIn("wangwu@example.gov.cn"));
        var head = await desk.Service.PerformAsync(token, item.Version, form, new ActionCaller(["other@example.gov.cn", "HEAD.planning@example.gov.cn"]));

        Assert.Equal(ActionRefusal.WrongUser, stranger.Refusal);
        Assert.Equal((ActionRefusal.WrongUser, null), (strangerOpens.Refusal, strangerOpens.Item));
        Assert.True(head.Succeeded);
        var contact = Assert.Single(await desk.Items.GetContactsAsync(item.Number, item.Session).ToListAsync());
        Assert.Equal((ContactMethod.Visit, ContactPhase.Before, "HEAD.planning@example.gov.cn"), (contact.Method, contact.Phase, contact.RecordedBy));
    }

    [Fact]
    public async Task AnActionTurnedOffAfterTheLinkWentOutNoLongerActs()
    {
        var item = await desk.AddAsync(signed: true);
        var token = await desk.TokenAsync(item, ItemAction.Reply);
        await desk.Policies.SaveAsync(ActionLinkPolicy.Default with { Disabled = [ItemAction.Reply] });

        var refused = await desk.Service.PerformAsync(token, item.Version, new ActionForm { ResultClass = "A", Text = "答复" }, ActionCaller.Anonymous);

        Assert.Equal(ActionRefusal.TurnedOff, refused.Refusal);
        Assert.Empty((await desk.ItemAsync()).Replies);
    }

    [Fact]
    public async Task AStepTheItemNoLongerAllowsIsRefusedWithTheReason()
    {
        var item = await desk.AddAsync();
        var token = await desk.TokenAsync(item, ItemAction.SignFor);
        var signed = await desk.Suggestions.ChangeAsync(item.Number, null, false, i => i.SignFor(ActionDesk.Today, desk.Office));

        var refused = await desk.Service.PerformAsync(token, signed.Version, new ActionForm(), ActionCaller.Anonymous);

        Assert.Equal((ActionRefusal.NotOpen, ActionBlock.AlreadySignedFor), (refused.Refusal, refused.Block));
        Assert.Null(desk.Links.All.Single(l => l.Action == ItemAction.SignFor).UsedAt);
    }

    [Fact]
    public async Task AReplyWithItsPdfKeepsTheDocumentAndRecordsWhere()
    {
        var item = await desk.AddAsync(signed: true);
        var token = await desk.TokenAsync(item, ItemAction.Reply);
        var pdf = new ActionDocument("答复函.pdf", "%PDF-1.7\n%%EOF\n"u8.ToArray());

        var done = await desk.Service.PerformAsync(token, item.Version, new ActionForm { ResultClass = "A", Text = "已解决", Document = pdf }, ActionCaller.Anonymous);

        Assert.True(done.Succeeded);
        var document = Assert.Single(done.Item!.ReplyDocuments);
        Assert.Equal(("答复函.pdf", ActionDesk.Today, 15L), (document.FileName, document.ReplyDate, document.Bytes));
        Assert.Equal(pdf.Content.ToArray(), desk.Documents!.Documents[document.Name]);
        Assert.Equal(["Create", "SignFor", "Reply", "AttachReplyDocument"], await desk.HistoryAsync());
    }

    [Fact]
    public async Task AReplyRefusedByTheItemLeavesNoDocumentBehind()
    {
        var item = await desk.AddAsync(signed: true);
        var token = await desk.TokenAsync(item, ItemAction.Reply);
        var pdf = new ActionDocument("答复函.pdf", "%PDF-1.7\n"u8.ToArray());

        var notPdf = await desk.Service.PerformAsync(token, item.Version, new ActionForm { ResultClass = "A", Document = new ActionDocument("答复.docx", "PK"u8.ToArray()) }, ActionCaller.Anonymous);
        var badClass = await desk.Service.PerformAsync(token, item.Version, new ActionForm { ResultClass = "Z", Document = pdf }, ActionCaller.Anonymous);

        Assert.Equal((ActionRefusal.Invalid, ActionRefusal.Invalid), (notPdf.Refusal, badClass.Refusal));
        Assert.Contains("not a PDF", notPdf.Detail, StringComparison.Ordinal);
        Assert.Contains("'Z'", badClass.Detail, StringComparison.Ordinal);
        Assert.Empty(desk.Documents!.Documents);
        Assert.Null(desk.Links.All.Single(l => l.Action == ItemAction.Reply).UsedAt);
    }

    [Fact]
    public async Task OfManyUsesAtOnceExactlyOneActs()
    {
        var item = await desk.AddAsync(signed: true);
        var token = await desk.TokenAsync(item, ItemAction.LogContact);
        var form = new ActionForm { Method = ContactMethod.Phone, Text = "电话沟通" };

        var results = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() => desk.Service.PerformAsync(token, item.Version, form, ActionCaller.Anonymous))));

        Assert.Single(results, r => r.Succeeded);
        Assert.All(results.Where(r => !r.Succeeded), r => Assert.Equal(ActionRefusal.Used, r.Refusal));
        Assert.Single(await desk.Items.GetContactsAsync(item.Number, item.Session).ToListAsync());
    }

    [Fact]
    public async Task AnExtensionAndAReturnGoThroughTheServicesDeadlineChecks()
    {
        var item = await desk.AddAsync(signed: true);
        var extension = await desk.TokenAsync(item, ItemAction.RequestExtension);
        var giveBack = await desk.TokenAsync(item, ItemAction.RequestReturn);

        var tooFar = await desk.Service.PerformAsync(extension, item.Version, new ActionForm { NewDueDate = new DateOnly(2027, 12, 1), Text = "需协调" }, ActionCaller.Anonymous);
        var extended = await desk.Service.PerformAsync(extension, item.Version, new ActionForm { NewDueDate = new DateOnly(2027, 4, 30), Text = "需协调多部门" }, ActionCaller.Anonymous);
        var returned = await desk.Service.PerformAsync(giveBack, extended.Item!.Version, new ActionForm { Text = "属交通局职责" }, ActionCaller.Anonymous);

        Assert.Equal(ActionRefusal.Invalid, tooFar.Refusal);
        Assert.Contains("past the limit", tooFar.Detail, StringComparison.Ordinal);
        Assert.Equal((ExtensionState.Requested, "李四 <lisi@example.gov.cn>"), (extended.Item.Extensions[0].State, extended.Item.Extensions[0].RequestedBy));
        Assert.Equal(("属交通局职责", ReturnState.Requested), (returned.Item!.Return!.Reason, returned.Item.Return.State));
    }

    [Fact]
    public async Task RevokingEndsOnlyTheLiveLinksAsked()
    {
        var item = await desk.AddAsync();
        await desk.Issuer.IssueAsync(item, ActionDesk.Lisi, desk.Suggestions.Deadlines, ActionDesk.Today);
        var head = await desk.TokenAsync(item, ItemAction.SignFor, ActionDesk.Head);

        var revoked = await desk.Service.RevokeAsync(item.Number, null, ActionDesk.Lisi, "督办室");
        var again = await desk.Service.RevokeAsync(item.Number, null, ActionDesk.Lisi, "督办室");

        Assert.Equal(4, revoked.Count);
        Assert.Empty(again);
        Assert.All(revoked, l => Assert.Equal((ActionLinkState.Revoked, "督办室"), (l.StateAt(desk.Clock.GetUtcNow()), l.RevokedBy)));
        Assert.True((await desk.Service.OpenAsync(head, ActionCaller.Anonymous)).Succeeded);
    }
}
