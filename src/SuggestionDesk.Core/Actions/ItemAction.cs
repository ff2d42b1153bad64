using SuggestionDesk.Items;

namespace SuggestionDesk.Actions;

/// <summary>What a handling officer can do on an item from a reminder's link, without the office typing it in.</summary>
public enum ItemAction
{
    /// <summary>签收: record the sign-for.</summary>
    SignFor,

    /// <summary>登记沟通: record a contact with the deputy (date, method, phase, note).</summary>
    LogContact,

    /// <summary>报告进展: a note on how the handling is going.</summary>
    ReportProgress,

    /// <summary>申请延期: ask for more time, with a reason and the date asked for.</summary>
    RequestExtension,

    /// <summary>申请退回: ask to return a wrong assignment, within its window.</summary>
    RequestReturn,

    /// <summary>提交答复: record the reply (or the follow-up of a class B reply), optionally with its PDF.</summary>
    Reply,
}

/// <summary>Names of the actions for people.</summary>
public static class ItemActionNames
{
    /// <summary>The words for each action, as the reminder's links and the pages say them.</summary>
    public static EnumWords<ItemAction> Words { get; } = new(
        "action",
        (ItemAction.SignFor, ["签收"], []),
        (ItemAction.LogContact, ["登记沟通"], ["沟通"]),
        (ItemAction.ReportProgress, ["报告进展"], ["进展"]),
        (ItemAction.RequestExtension, ["申请延期"], ["延期"]),
        (ItemAction.RequestReturn, ["申请退回"], ["退回"]),
        (ItemAction.Reply, ["提交答复"], ["答复"]));

    /// <summary>The Chinese name, e.g. 登记沟通.</summary>
    public static string ChineseName(this ItemAction action) => Words.ChineseName(action);

    /// <summary>The English words, e.g. <c>Log a contact</c>.</summary>
    public static string EnglishName(this ItemAction action) => action switch
    {
        ItemAction.SignFor => "Sign for",
        ItemAction.LogContact => "Log a contact",
        ItemAction.ReportProgress => "Report progress",
        ItemAction.RequestExtension => "Request an extension",
        ItemAction.RequestReturn => "Request a return",
        ItemAction.Reply => "Record the reply",
        _ => action.ToString(),
    };
}
