using SuggestionDesk.Actions;
using SuggestionDesk.Items;
using SuggestionDesk.Localization;
using SuggestionDesk.Ports;

namespace SuggestionDesk.Services;

/// <summary>
/// What a link does, the one path for every host that serves the pages: opening it reads and changes nothing;
/// using it checks the link (whole, issued, live, the caller's), the office's setting, the item's state and that the
/// page was current, then takes the link (so that it works once), and makes the change through the same
/// <see cref="SuggestionService"/> as the cmdlets, recorded as the officer's, via mail link. A change the item refuses
/// gives the link back, so the officer can correct the form and send it again.
/// </summary>
public sealed class ActionLinkService(
    IActionLinkStore links,
    IActionLinkPolicyStore policies,
    IReminderDirectoryStore directory,
    SuggestionService suggestions,
    TimeProvider clock,
    IReplyDocumentStore? documents = null)
{
    /// <summary>The item service the changes go through.</summary>
    public SuggestionService Suggestions { get; } = suggestions ?? throw new ArgumentNullException(nameof(suggestions));

    /// <summary>Today in the office's time zone.</summary>
    public DateOnly Today => OfficeTime.Today(clock);

    /// <summary>Whether reply documents can be kept (a document store is configured).</summary>
    public bool KeepsDocuments => documents is not null;

    /// <summary>
    /// The link for <paramref name="token"/> and its item, for showing the form; or why not. Reads only: a mail scanner
    /// or a link preview opening it changes nothing.
    /// </summary>
    public async Task<ActionResult> OpenAsync(string? token, ActionCaller caller, CancellationToken cancellationToken = default)
    {
        var (refused, link, item, _) = await ReadAsync(token, caller, cancellationToken).ConfigureAwait(false);
        return refused ?? new ActionResult { Link = link, Item = item };
    }

    /// <summary>
    /// Acts on the link's item with <paramref name="form"/>, if the item is still at <paramref name="version"/> (the
    /// version the page was shown with). Nothing is changed unless the result succeeded.
    /// </summary>
    public async Task<ActionResult> PerformAsync(string? token, string? version, ActionForm form, ActionCaller caller, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(form);
        var (refused, link, item, address) = await ReadAsync(token, caller, cancellationToken).ConfigureAwait(false);
        if (refused is not null)
        {
            return refused;
        }

        if (version is null || version != item!.Version)
        {
            return ActionResult.Refused(ActionRefusal.Stale, link, item);
        }

        if (Check(link!.Action, form, item) is { } invalid)
        {
            return new ActionResult { Refusal = ActionRefusal.Invalid, Link = link, Item = item, Detail = invalid };
        }

        var taken = await links.UpdateAsync(link with { UsedAt = clock.GetUtcNow(), UsedBy = address }, cancellationToken).ConfigureAwait(false);
        if (taken is null)
        {
            // Another request took it between the read and now: the link worked once, for that one.
            var now = await links.FindAsync(link.Id, cancellationToken).ConfigureAwait(false) ?? link;
            return ActionResult.Refused(Refusal(now.StateAt(clock.GetUtcNow())) ?? ActionRefusal.Used, now, item);
        }

        var by = new ChangeContext(Actor(item, address), clock) { Via = HistoryEntry.ViaMailLink };
        string? kept = null;
        try
        {
            kept = form.Document is { } document ? await documents!.SaveAsync(item.Number, form.Date ?? Today, document.Content, cancellationToken).ConfigureAwait(false) : null;
            var changed = await ChangeAsync(taken, version, form, kept, by, cancellationToken).ConfigureAwait(false);
            return new ActionResult { Link = taken, Item = changed };
        }
        catch (Exception e) when (e is ItemRuleException or ArgumentException or ItemConflictException or SuggestionNotFoundException)
        {
            await GiveBackAsync(taken, kept, cancellationToken).ConfigureAwait(false);
            return e switch
            {
                ItemConflictException => ActionResult.Refused(ActionRefusal.Stale, link, item),
                SuggestionNotFoundException => ActionResult.Refused(ActionRefusal.ItemGone, link),
                _ => new ActionResult { Refusal = ActionRefusal.Invalid, Link = link, Item = item, Detail = e.Message },
            };
        }
    }

    /// <summary>Every link issued for the item numbered <paramref name="number"/>, oldest first.</summary>
    public IAsyncEnumerable<ActionLink> ListAsync(SuggestionNumber number, CancellationToken cancellationToken = default) =>
        links.ListAsync(number, cancellationToken);

    /// <summary>
    /// Ends the live links of the item numbered <paramref name="number"/> (only those for <paramref name="action"/> or to
    /// <paramref name="recipient"/> when given); returns the links ended.
    /// </summary>
    public Task<IReadOnlyList<ActionLink>> RevokeAsync(
        SuggestionNumber number, ItemAction? action, string? recipient, string by, CancellationToken cancellationToken = default) =>
        RevokeAsync(number, link => (action is null || link.Action == action)
            && (recipient is null || string.Equals(link.Recipient, recipient.Trim(), StringComparison.OrdinalIgnoreCase)), by, cancellationToken);

    /// <summary>Ends the live links of the item numbered <paramref name="number"/> that <paramref name="which"/> picks; returns the links ended.</summary>
    public async Task<IReadOnlyList<ActionLink>> RevokeAsync(
        SuggestionNumber number, Func<ActionLink, bool> which, string by, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(which);
        var who = TextRules.Required(by?.Trim(), Messages.FieldRevokedBy);
        var revoked = new List<ActionLink>();
        await foreach (var link in ListAsync(number, cancellationToken).ConfigureAwait(false))
        {
            if (!which(link))
            {
                continue;
            }

            var current = link;
            while (current is not null && current.StateAt(clock.GetUtcNow()) == ActionLinkState.Live)
            {
                if (await links.UpdateAsync(current with { RevokedAt = clock.GetUtcNow(), RevokedBy = who }, cancellationToken).ConfigureAwait(false) is { } done)
                {
                    revoked.Add(done);
                    break;
                }

                current = await links.FindAsync(link.Id, cancellationToken).ConfigureAwait(false);
            }
        }

        return revoked;
    }

    /// <summary>The link, its item and the address acting (the signed-in user's that matched, else the recipient), or why not.</summary>
    private async Task<(ActionResult? Refused, ActionLink? Link, SuggestionItem? Item, string Address)> ReadAsync(string? token, ActionCaller caller, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        if (!ActionToken.TryRead(token, out var read))
        {
            return (ActionResult.Refused(ActionRefusal.Damaged), null, null, string.Empty);
        }

        if (await links.FindAsync(read!.Hash, cancellationToken).ConfigureAwait(false) is not { } link)
        {
            return (ActionResult.Refused(ActionRefusal.Unknown), null, null, string.Empty);
        }

        if (Refusal(link.StateAt(clock.GetUtcNow())) is { } ended)
        {
            return (ActionResult.Refused(ended, link), link, null, link.Recipient);
        }

        SuggestionItem item;
        try
        {
            item = await Suggestions.GetAsync(link.Number, cancellationToken).ConfigureAwait(false);
        }
        catch (SuggestionNotFoundException)
        {
            return (ActionResult.Refused(ActionRefusal.ItemGone, link), link, null, link.Recipient);
        }

        if (item.Session != link.Session)
        {
            return (ActionResult.Refused(ActionRefusal.ItemGone, link), link, null, link.Recipient);
        }

        var address = link.Recipient;
        if (caller.IsSignedIn)
        {
            var head = (await directory.GetAsync(cancellationToken).ConfigureAwait(false)).HeadOf(item.Department);
            if (caller.Matching(link.Recipient, head) is not { } matched)
            {
                return (ActionResult.Refused(ActionRefusal.WrongUser, link), link, null, address);
            }

            address = matched;
        }

        if (!(await policies.GetAsync(cancellationToken).ConfigureAwait(false)).Allows(link.Action))
        {
            return (ActionResult.Refused(ActionRefusal.TurnedOff, link, item), link, item, address);
        }

        if (ActionRules.Blocked(item, link.Action, Suggestions.Deadlines, Today) is { } block)
        {
            return (new ActionResult { Refusal = ActionRefusal.NotOpen, Link = link, Item = item, Block = block }, link, item, address);
        }

        return (null, link, item, address);
    }

    private static ActionRefusal? Refusal(ActionLinkState state) => state switch
    {
        ActionLinkState.Used => ActionRefusal.Used,
        ActionLinkState.Expired => ActionRefusal.Expired,
        ActionLinkState.Revoked => ActionRefusal.Revoked,
        _ => null,
    };

    /// <summary>What the form lacks for the action, before the link is taken; the item's own rules come after.</summary>
    private string? Check(ItemAction action, ActionForm form, SuggestionItem item) => action switch
    {
        ItemAction.LogContact when form.Method is null => Messages.ActionFormNoMethod,
        ItemAction.ReportProgress when TextRules.IsBlank(form.Text) => Messages.ActionFormNoProgress,
        ItemAction.RequestExtension when form.NewDueDate is null => Messages.ActionFormNoDueDate,
        ItemAction.RequestExtension or ItemAction.RequestReturn when TextRules.IsBlank(form.Text) => Messages.ActionFormNoReason,
        ItemAction.Reply when form.Document is { } document && !document.IsPdf => MessageText.Format(Messages.ActionFormNotPdf, document.FileName),
        ItemAction.Reply when form.Document is { } document && document.Content.Length > ActionDocument.MaxBytes =>
            MessageText.Format(Messages.ActionFormPdfTooLarge, document.FileName, document.Content.Length / 1024 / 1024, ActionDocument.MaxBytes / 1024 / 1024),
        ItemAction.Reply when form.Document is not null && documents is null => Messages.ActionFormNoDocuments,
        ItemAction.Reply when string.IsNullOrWhiteSpace(form.ResultClass) && (item.FollowUpPending || item.Role.NeedsResultClass()) =>
            Messages.ActionFormNoClass,
        _ => null,
    };

    private async Task<SuggestionItem> ChangeAsync(ActionLink link, string version, ActionForm form, string? kept, ChangeContext by, CancellationToken cancellationToken)
    {
        var date = form.Date ?? by.Today;
        switch (link.Action)
        {
            case ItemAction.RequestExtension:
                return await Suggestions.RequestExtensionAsync(link.Number, form.NewDueDate!.Value, form.Text!, by.Today, by, version, cancellationToken: cancellationToken).ConfigureAwait(false);
            case ItemAction.RequestReturn:
                return await Suggestions.RequestReturnAsync(link.Number, by.Today, form.Text!, by, version, cancellationToken: cancellationToken).ConfigureAwait(false);
        }

        var resultClass = string.IsNullOrWhiteSpace(form.ResultClass) ? null : ResultClassScheme.Default.Parse(form.ResultClass);
        return await Suggestions.ChangeAsync(link.Number, version, force: false, item =>
        {
            switch (link.Action)
            {
                case ItemAction.SignFor:
                    item.SignFor(date, by);
                    break;
                case ItemAction.LogContact:
                    item.RecordContact(date, form.Method!.Value, form.Text, by, form.Phase);
                    break;
                case ItemAction.ReportProgress:
                    item.ReportProgress(date, form.Text!, by);
                    break;
                case ItemAction.Reply when item.FollowUpPending:
                    item.RecordFollowUp(date, resultClass, form.Text, by);
                    break;
                case ItemAction.Reply:
                    item.Reply(date, resultClass, form.Text, by);
                    break;
            }

            if (kept is not null && form.Document is { } document)
            {
                item.AttachReplyDocument(new ReplyDocument(date, kept, document.FileName, document.Content.Length), by);
            }
        }, cancellationToken).ConfigureAwait(false);
    }

    // A refused change leaves no trace: the link works again and a document kept for it is removed.
    private async Task GiveBackAsync(ActionLink taken, string? kept, CancellationToken cancellationToken)
    {
        await links.UpdateAsync(taken with { UsedAt = null, UsedBy = null }, CancellationToken.None).ConfigureAwait(false);
        if (kept is not null)
        {
            await documents!.DeleteAsync(kept, CancellationToken.None).ConfigureAwait(false);
        }

        cancellationToken.ThrowIfCancellationRequested();
    }

    // The officer by name where the address is theirs: "李四 <lisi@example.gov.cn>"; a head or other recipient by address.
    private static string Actor(SuggestionItem item, string address) =>
        item.OwnerEmail is { } owner && string.Equals(owner, address, StringComparison.OrdinalIgnoreCase) ? $"{item.Owner} <{address}>" : address;
}
