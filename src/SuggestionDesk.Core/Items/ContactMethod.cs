namespace SuggestionDesk.Items;

/// <summary>How the handling officer was in touch with the deputy (沟通方式).</summary>
public enum ContactMethod
{
    /// <summary>电话联系.</summary>
    Phone,

    /// <summary>上门拜访.</summary>
    Visit,

    /// <summary>座谈面商.</summary>
    Meeting,

    /// <summary>共同调研.</summary>
    Survey,

    /// <summary>其他.</summary>
    Other,
}

/// <summary>Names of the contact methods for people.</summary>
public static class ContactMethodNames
{
    /// <summary>The words for each method: the short ones people type, and the report's four-character ones (电话联系).</summary>
    public static EnumWords<ContactMethod> Words { get; } = new(
        "contact method",
        (ContactMethod.Phone, ["电话"], ["电话联系"]),
        (ContactMethod.Visit, ["上门"], ["上门拜访", "拜访"]),
        (ContactMethod.Meeting, ["座谈"], ["座谈面商", "面商"]),
        (ContactMethod.Survey, ["调研"], ["共同调研"]),
        (ContactMethod.Other, ["其他"], ["其它"]));

    /// <summary>The Chinese name, e.g. 电话.</summary>
    public static string ChineseName(this ContactMethod method) => Words.ChineseName(method);
}
