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
