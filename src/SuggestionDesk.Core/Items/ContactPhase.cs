namespace SuggestionDesk.Items;

/// <summary>When in the handling a contact with the deputy took place (沟通阶段).</summary>
public enum ContactPhase
{
    /// <summary>办前商谈: before handling, to understand what the deputy asks.</summary>
    Before,

    /// <summary>办时共商: during handling, to agree on the measures.</summary>
    During,

    /// <summary>办后征询: after the reply, to hear the deputy's view.</summary>
    After,
}

/// <summary>Names of the contact phases for people.</summary>
public static class ContactPhaseNames
{
    /// <summary>The words for each phase: the report's four-character ones, and the short ones people type.</summary>
    public static EnumWords<ContactPhase> Words { get; } = new(
        "contact phase",
        (ContactPhase.Before, ["办前商谈"], ["办前", "办理前"]),
        (ContactPhase.During, ["办时共商"], ["办中", "办时", "办理中"]),
        (ContactPhase.After, ["办后征询"], ["办后", "办理后"]));

    /// <summary>The Chinese name, e.g. 办前商谈.</summary>
    public static string ChineseName(this ContactPhase phase) => Words.ChineseName(phase);
}
