using SuggestionDesk.Localization;

namespace SuggestionDesk.Items;

/// <summary>What the office's unit does with an item (办理类型).</summary>
public enum HandlingRole
{
    /// <summary>主办: our unit leads; other units may contribute; we reply and are evaluated.</summary>
    Lead,

    /// <summary>承办: our unit alone handles it; we reply and are evaluated.</summary>
    Sole,

    /// <summary>分办: the item is split; we reply for our part and are evaluated for it.</summary>
    Split,

    /// <summary>会办 / 汇办 / 协办: another unit leads; we send our written opinion to it and are not evaluated.</summary>
    Joint,
}

/// <summary>Rules that follow from a <see cref="HandlingRole"/>.</summary>
public static class HandlingRoleRules
{
    /// <summary>Whether the deputy evaluates our reply (everything but <see cref="HandlingRole.Joint"/>).</summary>
    public static bool IsEvaluated(this HandlingRole role) => role != HandlingRole.Joint;

    /// <summary>Whether a reply of this role needs a result class: a reply to the deputy does, a Joint opinion does not.</summary>
    public static bool NeedsResultClass(this HandlingRole role) => role.IsEvaluated();

    /// <summary>The rule for messages: <c>a Lead (主办) item's reply to the deputy is recorded with its result class …</c>.</summary>
    public static string ClassRule(this HandlingRole role) => role.NeedsResultClass()
        ? MessageText.Format(Messages.ItemClassRuleEvaluated, role, role.ChineseName())
        : MessageText.Format(Messages.ItemClassRuleJoint, role, role.ChineseName());

    /// <summary>The words for each role: 会办, 汇办 and 协办 are one role under local names; ledgers add 件 (主办件).</summary>
    public static EnumWords<HandlingRole> Words { get; } = new(
        "handling role",
        (HandlingRole.Lead, ["主办"], ["主办件"]),
        (HandlingRole.Sole, ["承办"], ["承办件"]),
        (HandlingRole.Split, ["分办"], ["分办件"]),
        (HandlingRole.Joint, ["会办", "汇办", "协办"], ["会办件", "汇办件", "协办件"]));

    /// <summary>The Chinese name used in ledgers and reports (会办 for Joint).</summary>
    public static string ChineseName(this HandlingRole role) => Words.ChineseName(role);
}
