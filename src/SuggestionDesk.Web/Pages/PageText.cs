using System.Globalization;
using SuggestionDesk.Actions;
using SuggestionDesk.Calendar;
using SuggestionDesk.Items;

namespace SuggestionDesk.Web.Pages;

/// <summary>The words of the pages in the office's language: Chinese, or English by setting.</summary>
internal sealed class PageText(Language language)
{
    public bool English => language == Language.English;

    public string HtmlLanguage => English ? "en" : "zh-CN";

    public string T(string chinese, string english) => English ? english : chinese;

    public string Action(ItemAction action) => English ? action.EnglishName() : action.ChineseName();

    public string Status(ItemStatus status) => English ? status switch
    {
        ItemStatus.Assigned => "assigned, not signed for",
        ItemStatus.SignedFor => "signed for, being handled",
        ItemStatus.Replied => "replied, awaiting the evaluation",
        ItemStatus.Rehandling => "re-handling",
        ItemStatus.Closed => "closed",
        _ => "returned",
    } : status.ChineseName();

    public string Clock(DeadlineClock clock) => English ? clock.EnglishName() : clock.ChineseName();

    public string Method(ContactMethod method) => English ? method.ToString() : method.ChineseName();

    public string Phase(ContactPhase phase) => English ? phase switch
    {
        ContactPhase.Before => "before handling",
        ContactPhase.During => "during handling",
        _ => "after the reply",
    } : phase.ChineseName();

    public string Block(ActionBlock block) => English ? block.EnglishName() : block.ChineseName();

    public string NothingChanged => T("没有任何改动。", "Nothing was changed.");

    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Time(DateTimeOffset at) => at.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
}
