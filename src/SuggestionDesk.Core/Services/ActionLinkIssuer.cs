using SuggestionDesk.Actions;
using SuggestionDesk.Calendar;
using SuggestionDesk.Items;
using SuggestionDesk.Localization;
using SuggestionDesk.Ports;
using SuggestionDesk.Reminders;

namespace SuggestionDesk.Services;

/// <summary>
/// Issues the links a reminder carries: for each item an officer (or a head standing in, or told of it) is reminded
/// of, one link per action the item allows today and the office has on, each with its own token, stored as a hash
/// with the item, the action, the recipient and the expiry. The office's own sections and digest carry none: the
/// office works in PowerShell.
/// </summary>
public sealed class ActionLinkIssuer(ISuggestionStore items, IActionLinkStore links, IActionLinkPolicyStore policies, Uri baseUrl, TimeProvider clock)
    : IReminderLinks
{
    /// <summary>The path segment of every link under the base address: <c>{base}/act/{token}</c>.</summary>
    public const string PathSegment = "act";

    private readonly Uri root = Root(baseUrl);

    /// <summary>The address of the link with <paramref name="token"/> under <paramref name="baseUrl"/>.</summary>
    public static Uri LinkFor(Uri baseUrl, string token) => new(Root(baseUrl), $"{PathSegment}/{token}");

    /// <summary>Checks a base address given by an office: absolute http(s), no query or fragment.</summary>
    public static Uri CheckBaseUrl(Uri? baseUrl)
    {
        if (baseUrl is null || !baseUrl.IsAbsoluteUri || baseUrl.Scheme is not ("https" or "http") || baseUrl.Query.Length > 0 || baseUrl.Fragment.Length > 0)
        {
            throw new ArgumentException(
                MessageText.Format(Messages.ActionLinksBaseInvalid, baseUrl));
        }

        return baseUrl;
    }

    /// <inheritdoc />
    public async Task<IReadOnlyDictionary<ReminderMessage, IReadOnlyList<ItemLink>>> IssueAsync(
        IReadOnlyList<ReminderMessage> messages, ItemDeadlines deadlines, DateOnly asOf, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(messages);
        var issued = new Dictionary<ReminderMessage, IReadOnlyList<ItemLink>>(ReferenceEqualityComparer.Instance);
        var policy = await policies.GetAsync(cancellationToken).ConfigureAwait(false);
        var wanted = messages.ToDictionary<ReminderMessage, ReminderMessage, IReadOnlyList<SuggestionNumber>>(m => m, Linked, ReferenceEqualityComparer.Instance);
        var numbers = wanted.Values.SelectMany(n => n).Distinct().ToArray();
        if (policy.Enabled.Count == 0 || numbers.Length == 0)
        {
            return issued;
        }

        var found = await items.FindManyAsync(numbers, cancellationToken).ConfigureAwait(false);
        var byNumber = numbers.Zip(found).Where(p => p.Second is not null).ToDictionary(p => p.First, p => p.Second!);
        var records = new List<ActionLink>();
        foreach (var message in messages)
        {
            var forMessage = new List<ItemLink>();
            foreach (var number in wanted[message].Where(byNumber.ContainsKey))
            {
                forMessage.AddRange(Make(byNumber[number], message.Recipient, deadlines, asOf, policy, records));
            }

            if (forMessage.Count > 0)
            {
                issued[message] = forMessage;
            }
        }

        await links.AddAsync(records, cancellationToken).ConfigureAwait(false);
        return issued;
    }

    /// <summary>Issues the links for what <paramref name="item"/> allows on <paramref name="asOf"/>, to <paramref name="recipient"/>.</summary>
    public async Task<IReadOnlyList<ItemLink>> IssueAsync(SuggestionItem item, string recipient, ItemDeadlines deadlines, DateOnly asOf, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(item);
        var policy = await policies.GetAsync(cancellationToken).ConfigureAwait(false);
        var records = new List<ActionLink>();
        var made = Make(item, EmailRule.Check(recipient, "Recipient"), deadlines, asOf, policy, records);
        await links.AddAsync(records, cancellationToken).ConfigureAwait(false);
        return made;
    }

    // An officer's own items, those a head stands in for or is told of as late, and a head's department digest.
    private static IReadOnlyList<SuggestionNumber> Linked(ReminderMessage message) =>
        message.Reminders.Where(s => s.Role != RecipientRole.Office).SelectMany(s => s.Lines).Select(l => l.Number)
            .Concat(message.Digests.Where(d => d.Role == RecipientRole.DepartmentHead).SelectMany(d => d.Groups).SelectMany(g => g).Select(i => i.Number))
            .Distinct()
            .ToArray();

    private List<ItemLink> Make(SuggestionItem item, string recipient, ItemDeadlines deadlines, DateOnly asOf, ActionLinkPolicy policy, List<ActionLink> records)
    {
        var now = clock.GetUtcNow();
        var made = new List<ItemLink>();
        foreach (var action in ActionRules.Open(item, deadlines, asOf, policy))
        {
            var token = ActionToken.New();
            records.Add(new ActionLink
            {
                Id = token.Hash,
                Number = item.Number,
                Session = item.Session,
                Action = action,
                Recipient = recipient,
                IssuedAt = now,
                ExpiresAt = now.AddDays(policy.LifetimeDays),
            });
            made.Add(new ItemLink(item.Number, action, new Uri(root, $"{PathSegment}/{token.Text}")));
        }

        return made;
    }

    private static Uri Root(Uri baseUrl)
    {
        var checkedUrl = CheckBaseUrl(baseUrl);
        return checkedUrl.AbsoluteUri.EndsWith('/') ? checkedUrl : new Uri(checkedUrl.AbsoluteUri + "/");
    }
}
