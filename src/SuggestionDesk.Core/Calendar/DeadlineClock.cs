using SuggestionDesk.Items;

namespace SuggestionDesk.Calendar;

/// <summary>The clocks that run on an item (docs/domain.md, "Clocks").</summary>
public enum DeadlineClock
{
    /// <summary>签收: sign for it after assignment.</summary>
    SignFor,

    /// <summary>退回: the window for asking to return a wrong assignment.</summary>
    Return,

    /// <summary>答复: reply to the deputy (Lead, Sole, Split).</summary>
    Reply,

    /// <summary>会办意见: send our opinion to the lead unit (Joint).</summary>
    JointOpinion,

    /// <summary>重新办理: reply again after an unsatisfied evaluation.</summary>
    Rehandling,

    /// <summary>公开: publish a reply decided to be public.</summary>
    Disclosure,

    /// <summary>跟踪反馈: answer a class B reply again once the matter is solved (跟踪办理), by the date promised.</summary>
    FollowUp,
}

/// <summary>Names of the clocks for people.</summary>
public static class DeadlineClockNames
{
    /// <summary>The words for each clock, the Chinese name first (签收, 答复 ...), as settings are typed.</summary>
    public static EnumWords<DeadlineClock> Words { get; } = new(
        "deadline clock",
        (DeadlineClock.SignFor, ["签收"], []),
        (DeadlineClock.Return, ["申请退回", "退回"], []),
        (DeadlineClock.Reply, ["答复"], []),
        (DeadlineClock.JointOpinion, ["会办意见"], []),
        (DeadlineClock.Rehandling, ["重新办理答复", "重新办理"], []),
        (DeadlineClock.Disclosure, ["答复公开", "公开"], []),
        (DeadlineClock.FollowUp, ["跟踪反馈", "跟踪办理"], []));

    /// <summary>The Chinese name, e.g. 答复.</summary>
    public static string ChineseName(this DeadlineClock clock) => Words.ChineseName(clock);

    /// <summary>The clock's name in the language of the current UI culture, e.g. 答复 or "reply", for messages.</summary>
    public static string Shown(this DeadlineClock clock) =>
        Localization.MessageText.Current == Items.Language.Chinese ? clock.ChineseName() : clock.EnglishName();

    /// <summary>The English words for the clock in a sentence, e.g. "reply" or "return request".</summary>
    public static string EnglishName(this DeadlineClock clock) => clock switch
    {
        DeadlineClock.SignFor => "sign-for",
        DeadlineClock.Return => "return request",
        DeadlineClock.Reply => "reply",
        DeadlineClock.JointOpinion => "opinion to the lead unit",
        DeadlineClock.Rehandling => "reply after re-handling",
        DeadlineClock.Disclosure => "publication of the reply",
        DeadlineClock.FollowUp => "follow-up of the class B reply",
        _ => clock.ToString(),
    };
}
