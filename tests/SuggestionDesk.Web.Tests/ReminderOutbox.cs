using System.Text.RegularExpressions;
using MimeKit;
using SuggestionDesk.Mail;
using SuggestionDesk.Services;

namespace SuggestionDesk.Web.Tests;

/// <summary>
/// Today's reminder run on the site's storage, written to an outbox folder as .eml files with links to the site, as
/// Send-SuggestionReminder -OutboxPath -ActionBaseUrl does; and the links read back out of a message.
/// </summary>
internal static partial class ReminderOutbox
{
    public static async Task<string> SendAsync(ActionSite site)
    {
        var folder = Directory.CreateTempSubdirectory("sd-outbox-").FullName;
        var storage = site.Storage;
        var runs = new ReminderRunService(storage.Items, storage.ReminderLog, storage.Directory, storage.ReminderPolicies, storage.Calendars, storage.DeadlinePolicies, storage.RunLocks, site.Clock);
        var result = await runs.RunAsync(new ReminderRunOptions
        {
            AsOf = ActionSite.Today,
            Scope = Reminders.ReminderScope.Reminders,
            Renderer = policy => new ReminderRenderer(Language.Chinese, policy),
            Links = site.Issuer,
        }, new OutboxMailSender(folder, "duban@example.gov.cn", site.Clock));
        Assert.True(result.Deliveries.Count > 0 && result.Deliveries.All(d => d.Result is { IsSent: true }), "The reminders were not all written to the outbox.");
        return folder;
    }

    /// <summary>The links in the message to <paramref name="recipient"/>: per item number, per action label (签收 …), the address.</summary>
    public static Dictionary<(string Number, string Action), Uri> Links(string outbox, string recipient)
    {
        var file = Directory.GetFiles(outbox, "*.eml").Single(f => Path.GetFileName(f).Contains(recipient, StringComparison.Ordinal));
        var text = MimeMessage.Load(file).TextBody ?? string.Empty;
        var links = new Dictionary<(string, string), Uri>();
        string? number = null;
        foreach (var line in text.Split('\n'))
        {
            if (ItemLine().Match(line) is { Success: true } item)
            {
                number = item.Groups[1].Value;
            }
            else if (LinkLine().Match(line) is { Success: true } link && number is not null)
            {
                links[(number, link.Groups[1].Value)] = new Uri(link.Groups[2].Value);
            }
        }

        return links;
    }

    [GeneratedRegex(@"^\d+\. (\S+)  ")]
    private static partial Regex ItemLine();

    [GeneratedRegex(@"^   (\S+?)(?:：|: )(http://127\.0\.0\.1:\d+/act/[A-Za-z0-9_-]+)\s*$")]
    private static partial Regex LinkLine();
}
