namespace SuggestionDesk.Actions;

/// <summary>Why an item does not allow an action at the moment; the page says it in the reader's language.</summary>
public enum ActionBlock
{
    /// <summary>It is not signed for yet: sign for it first.</summary>
    NotSignedFor,

    /// <summary>It was signed for already.</summary>
    AlreadySignedFor,

    /// <summary>It was replied to already (and no follow-up is pending).</summary>
    AlreadyReplied,

    /// <summary>An extension request is waiting for the office's decision.</summary>
    ExtensionPending,

    /// <summary>A return request is waiting for the office's decision.</summary>
    ReturnPending,

    /// <summary>The window for asking to return it has closed.</summary>
    ReturnWindowClosed,

    /// <summary>It was returned: nothing more is due from the office.</summary>
    Returned,

    /// <summary>Nothing is being handled on it (closed, or awaiting the deputy's evaluation).</summary>
    NothingDue,
}

/// <summary>The blocks in words, as a page says them.</summary>
public static class ActionBlockNames
{
    /// <summary>The Chinese words, e.g. 已签收.</summary>
    public static string ChineseName(this ActionBlock block) => block switch
    {
        ActionBlock.NotSignedFor => "尚未签收，请先签收",
        ActionBlock.AlreadySignedFor => "已签收",
        ActionBlock.AlreadyReplied => "已答复",
        ActionBlock.ExtensionPending => "已有延期申请，待督办室决定",
        ActionBlock.ReturnPending => "已有退回申请，待督办室决定",
        ActionBlock.ReturnWindowClosed => "退回申请期限已过",
        ActionBlock.Returned => "已退回，无需再办理",
        _ => "目前无需办理此项",
    };

    /// <summary>The English words, e.g. <c>it was signed for already</c>.</summary>
    public static string EnglishName(this ActionBlock block) => block switch
    {
        ActionBlock.NotSignedFor => "it is not signed for yet; sign for it first",
        ActionBlock.AlreadySignedFor => "it was signed for already",
        ActionBlock.AlreadyReplied => "it was replied to already",
        ActionBlock.ExtensionPending => "an extension request is waiting for the office's decision",
        ActionBlock.ReturnPending => "a return request is waiting for the office's decision",
        ActionBlock.ReturnWindowClosed => "the window for asking to return it has closed",
        ActionBlock.Returned => "it was returned; nothing more is due",
        _ => "nothing of this kind is due on it now",
    };
}
