using SuggestionDesk.Items;

namespace SuggestionDesk.Reporting;

/// <summary>
/// The figures behind how the work was done (主要做法): contacts with deputies by method and by phase, and items a
/// leader takes up in person (领办), by priority (重点、难点、热点). Contacts count when dated on or before the as-of date and
/// belonging to an item counted (a returned item's do not); the leading official and the priorities are today's.
/// </summary>
public abstract partial record SummaryFigures
{
    private readonly Dictionary<ContactMethod, int> contactsByMethod;
    private readonly Dictionary<ContactPhase, int> contactsByPhase;
    private readonly Dictionary<ItemPriority, int> byPriority;
    private readonly Dictionary<ItemPriority, int> ledByPriority;

    /// <summary>Contacts with deputies (与代表沟通联系), every method.</summary>
    public int Contacts => contactsByMethod.Values.Sum();

    /// <summary>Contacts by phone (电话联系).</summary>
    public int PhoneContacts => ContactsBy(ContactMethod.Phone);

    /// <summary>Visits to the deputy (上门拜访).</summary>
    public int VisitContacts => ContactsBy(ContactMethod.Visit);

    /// <summary>Meetings with the deputy (座谈面商).</summary>
    public int MeetingContacts => ContactsBy(ContactMethod.Meeting);

    /// <summary>Surveys made together with the deputy (共同调研).</summary>
    public int SurveyContacts => ContactsBy(ContactMethod.Survey);

    /// <summary>Contacts in other ways (其他方式).</summary>
    public int OtherContacts => ContactsBy(ContactMethod.Other);

    /// <summary>Contacts before handling began, on or before the sign-for (办前商谈).</summary>
    public int ContactsBefore => ContactsIn(ContactPhase.Before);

    /// <summary>Contacts while the item was handled (办时共商).</summary>
    public int ContactsDuring => ContactsIn(ContactPhase.During);

    /// <summary>Contacts after the reply (办后征询).</summary>
    public int ContactsAfter => ContactsIn(ContactPhase.After);

    /// <summary>Items a leader takes up in person (领导领办): those with a leading official.</summary>
    public int LedByOfficial { get; }

    /// <summary>Items marked key (重点建议).</summary>
    public int KeyItems => WithPriority(ItemPriority.Key);

    /// <summary>Items marked difficult (难点建议).</summary>
    public int DifficultItems => WithPriority(ItemPriority.Difficult);

    /// <summary>Items marked hot spot (热点建议).</summary>
    public int HotItems => WithPriority(ItemPriority.Hot);

    /// <summary>Of <see cref="LedByOfficial"/>, items marked key (领办重点建议).</summary>
    public int LedKeyItems => LedWithPriority(ItemPriority.Key);

    /// <summary>Of <see cref="LedByOfficial"/>, items marked difficult (领办难点建议).</summary>
    public int LedDifficultItems => LedWithPriority(ItemPriority.Difficult);

    /// <summary>Of <see cref="LedByOfficial"/>, items marked hot spot (领办热点建议).</summary>
    public int LedHotItems => LedWithPriority(ItemPriority.Hot);

    /// <summary>Contacts made by <paramref name="method"/>.</summary>
    public int ContactsBy(ContactMethod method) => contactsByMethod.GetValueOrDefault(method);

    /// <summary>Contacts made in <paramref name="phase"/>.</summary>
    public int ContactsIn(ContactPhase phase) => contactsByPhase.GetValueOrDefault(phase);

    /// <summary>Items marked <paramref name="priority"/> (an item with two priorities counts under each).</summary>
    public int WithPriority(ItemPriority priority) => byPriority.GetValueOrDefault(priority);

    /// <summary>Of <see cref="LedByOfficial"/>, items marked <paramref name="priority"/>.</summary>
    public int LedWithPriority(ItemPriority priority) => ledByPriority.GetValueOrDefault(priority);
}
