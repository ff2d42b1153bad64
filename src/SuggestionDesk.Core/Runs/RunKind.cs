using SuggestionDesk.Items;

namespace SuggestionDesk.Runs;

/// <summary>Which job a run did.</summary>
public enum RunKind
{
    /// <summary>Stage reminders, escalations and the evaluation chase (and, from the cmdlet, the digest with them).</summary>
    Reminders,

    /// <summary>The weekly digest.</summary>
    Digest,

    /// <summary>The committee report's delivery.</summary>
    Report,
}

/// <summary>How a run ended.</summary>
public enum RunOutcome
{
    /// <summary>Everything planned was sent (or nothing was due).</summary>
    Succeeded,

    /// <summary>Nothing was due: not a working day.</summary>
    NothingDue,

    /// <summary>A message failed, or the run stopped with an error; the next run retries.</summary>
    Failed,
}

/// <summary>The words for run kinds and outcomes.</summary>
public static class RunNames
{
    /// <summary>The words for each kind.</summary>
    public static EnumWords<RunKind> Kinds { get; } = new(
        "run kind",
        (RunKind.Reminders, ["催办"], ["提醒"]),
        (RunKind.Digest, ["周报"], ["汇总"]),
        (RunKind.Report, ["报告"], ["办理情况报告"]));

    /// <summary>The words for each outcome.</summary>
    public static EnumWords<RunOutcome> Outcomes { get; } = new(
        "run outcome",
        (RunOutcome.Succeeded, ["成功"], []),
        (RunOutcome.NothingDue, ["无需发送"], []),
        (RunOutcome.Failed, ["失败"], []));
}
