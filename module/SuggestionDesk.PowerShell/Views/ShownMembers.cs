using System.Management.Automation;
using System.Management.Automation.Runspaces;
using SuggestionDesk.Calendar;
using SuggestionDesk.Items;
using SuggestionDesk.Localization;
using SuggestionDesk.PowerShell.Localization;
using SuggestionDesk.Reporting;
using SuggestionDesk.Runs;
using SuggestionDesk.Services;

namespace SuggestionDesk.PowerShell.Views;

/// <summary>
/// What the default views of the core's own types show in the UI culture's language: hidden code properties
/// (<c>MethodShown</c>, <c>OutcomeShown</c> ...) added in the module's type data (<see cref="Base.ItemColumnsTypeData"/>),
/// so the format file names a property, the words come from <see cref="EnumWords{T}.Shown"/> and the module's
/// resources, and the objects' own properties stay as scripts know them (Select-Object * and Export-Csv do not list
/// hidden members).
/// </summary>
public static class ShownMembers
{
    /// <summary>The types given members, with their getters (public static methods of this class taking the PSObject).</summary>
    private static readonly (Type Type, string[] Getters)[] Members =
    [
        (typeof(Contact), [nameof(MethodShown), nameof(PhaseShown)]),
        (typeof(HistoryEntry), [nameof(ActionShown), nameof(SummaryShown)]),
        (typeof(PolicyEntry), [nameof(ClockShown), nameof(KindShown), nameof(RoleShown), nameof(RuleShown), nameof(TextShown)]),
        (typeof(RunRecord), [nameof(RunKindShown), nameof(OutcomeShown), nameof(StartedShown)]),
        (typeof(LedgerImportResult), [nameof(RefusedShown)]),
        (typeof(SuggestionSummary), [nameof(SessionShown), nameof(ContactsShown), nameof(LedByOfficialShown)]),
    ];

    /// <summary>The full names of the types given members, for Remove-TypeData.</summary>
    internal static string[] TypeNames => Members.Select(m => m.Type.FullName!).ToArray();

    /// <summary>The type data adding the hidden members.</summary>
    internal static TypeData[] Create() => Members.Select(m =>
    {
        var data = new TypeData(m.Type);
        foreach (var getter in m.Getters)
        {
            // RunKindShown is shown as KindShown on a run, as on a policy entry.
            var name = getter == nameof(RunKindShown) ? nameof(KindShown) : getter;
            data.Members.Add(name, new CodePropertyData(name, typeof(ShownMembers).GetMethod(getter)) { IsHidden = true });
        }

        return data;
    }).ToArray();

    /// <summary>A contact's method: 电话 or Phone.</summary>
    public static object? MethodShown(PSObject instance) => Base<Contact>(instance) is { } c ? ContactMethodNames.Words.Shown(c.Method) : null;

    /// <summary>A contact's phase: 办理前 or Before.</summary>
    public static object? PhaseShown(PSObject instance) => Base<Contact>(instance) is { } c ? ContactPhases.Words.Shown(c.Phase) : null;

    /// <summary>A history entry's action: 签收 or SignFor.</summary>
    public static object? ActionShown(PSObject instance) =>
        Base<HistoryEntry>(instance) is { } h ? InLanguage.Pick(h.Action, HistoryActionNames.ChineseName(h.Action)) : null;

    /// <summary>A history entry as one line of the log: 签收 2021-03-16 or SignFor 2021-03-16, and how it came in if not through the office.</summary>
    public static object? SummaryShown(PSObject instance) => Base<HistoryEntry>(instance) is { } h
        ? HistoryText.Describe(h, InLanguage.Chinese)
            + (h.Via is { } via ? MessageText.Format(Messages.HistoryVia, via == HistoryEntry.ViaMailLink ? Messages.HistoryViaMailLink : via) : string.Empty)
        : null;

    /// <summary>A policy entry's clock: 答复 or Reply.</summary>
    public static object? ClockShown(PSObject instance) => Base<PolicyEntry>(instance) is { } e ? DeadlineClockNames.Words.Shown(e.Clock) : null;

    /// <summary>A policy entry's kind, if it is for one: 提案 or Proposal.</summary>
    public static object? KindShown(PSObject instance) => Base<PolicyEntry>(instance)?.Kind is { } kind ? ItemKindNames.Words.Shown(kind) : null;

    /// <summary>A policy entry's role, if it is for one: 主办 or Lead.</summary>
    public static object? RoleShown(PSObject instance) => Base<PolicyEntry>(instance)?.Role is { } role ? HandlingRoleRules.Words.Shown(role) : null;

    /// <summary>A policy entry's rule: 3个工作日 or 3 working days.</summary>
    public static object? RuleShown(PSObject instance) => Base<PolicyEntry>(instance) is { } e ? InLanguage.Pick(e.Rule.ToString(), e.Rule.ToChinese()) : null;

    /// <summary>A policy entry whole: 答复（提案）：5个月 or reply (Proposal): 5 months.</summary>
    public static object? TextShown(PSObject instance) => Base<PolicyEntry>(instance) is { } e ? InLanguage.Pick(e.ToString(), e.ToChinese()) : null;

    /// <summary>A run's kind: 催办 or Reminders.</summary>
    public static object? RunKindShown(PSObject instance) => Base<RunRecord>(instance) is { } r ? RunNames.Kinds.Shown(r.Kind) : null;

    /// <summary>When a run started, in the office's time (China Standard Time) whatever the machine's zone: 2026-12-07 09:00.</summary>
    public static object? StartedShown(PSObject instance) => Base<RunRecord>(instance) is { } r ? ShownValue.InOfficeTime(r.Started) : null;

    /// <summary>A run's outcome: 成功 or Succeeded.</summary>
    public static object? OutcomeShown(PSObject instance) => Base<RunRecord>(instance) is { } r ? RunNames.Outcomes.Shown(r.Outcome) : null;

    /// <summary>Whether an import was refused whole: 是 or 否, Yes or No.</summary>
    public static object? RefusedShown(PSObject instance) => Base<LedgerImportResult>(instance) is { } r ? InLanguage.YesNo(r.Refused) : null;

    /// <summary>The session a summary counts, or that it counts them all.</summary>
    public static object? SessionShown(PSObject instance) => Base<SuggestionSummary>(instance) is { } s ? s.Session ?? Messages.SummaryAllSessions : null;

    /// <summary>A summary's contacts, with the count of each method: 12（电话 5；上门 3；座谈 2；调研 1；其他 1）.</summary>
    public static object? ContactsShown(PSObject instance) => Base<SuggestionSummary>(instance) is { } s
        ? MessageText.Format(
            Messages.SummaryContacts,
            s.Contacts,
            Count(ContactMethod.Phone, s.PhoneContacts),
            Count(ContactMethod.Visit, s.VisitContacts),
            Count(ContactMethod.Meeting, s.MeetingContacts),
            Count(ContactMethod.Survey, s.SurveyContacts),
            Count(ContactMethod.Other, s.OtherContacts))
        : null;

    /// <summary>The items led by an official, with the count of each priority: 6（重点 2；难点 1；热点 3）.</summary>
    public static object? LedByOfficialShown(PSObject instance) => Base<SuggestionSummary>(instance) is { } s
        ? MessageText.Format(
            Messages.SummaryLedByOfficial,
            s.LedByOfficial,
            Count(ItemPriority.Key, s.LedKeyItems),
            Count(ItemPriority.Difficult, s.LedDifficultItems),
            Count(ItemPriority.Hot, s.LedHotItems))
        : null;

    private static string Count(ContactMethod method, int count) => MessageText.Format(Messages.SummaryWordCount, ContactMethodNames.Words.Shown(method), count);

    private static string Count(ItemPriority priority, int count) => MessageText.Format(Messages.SummaryWordCount, ItemPriorityNames.Words.Shown(priority), count);

    private static T? Base<T>(PSObject? instance)
        where T : class => instance?.BaseObject as T;
}
