namespace SuggestionDesk.Calendar;

/// <summary>Why a clock stopped running before it was met: the item was returned (退回), so nothing is due on it.</summary>
/// <param name="On">The day it stopped (the return's approval).</param>
/// <param name="Reason">Why, in English, e.g. "returned on 2021-03-19 (approved by 王主任)".</param>
/// <param name="ReasonChinese">Why, in Chinese, e.g. 已于2021-03-19退回（王主任批准）.</param>
public sealed record DeadlineEnd(DateOnly On, string Reason, string ReasonChinese);
