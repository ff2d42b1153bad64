using SuggestionDesk.Calendar;
using SuggestionDesk.Reporting;

namespace SuggestionDesk.Core.Tests.Reporting;

/// <summary>
/// The on-time rates count every item whose clock has run out: 按时签收率 = signed on time ÷ (signed + not signed and
/// past due), and the same for replies. Items assigned 2026-07-01 are due to be signed for on 07-06 and replied to on
/// 10-08 (a Joint opinion on 08-03).
/// </summary>
public sealed class OnTimeRateTests
{
    private static readonly ResultClass A = ResultClassScheme.Default.Parse("A");
    private readonly SummaryCalculator calculator = new(new ItemDeadlines(DeadlinePolicy.Default, WorkingDayCalendar.BuiltIn));
    private readonly ChangeContext by = TestClock.As();

    [Theory]
    [InlineData("2026-07-06", 0, "1")] // due today: not yet counted
    [InlineData("2026-07-07", 1, "0.5")]
    public void AnItemNotSignedForByItsDueDateCountsAgainstTheSignForRate(string asOf, int pastDue, string rate)
    {
        var signed = Signed("20210347", HandlingRole.Lead);
        var unsigned = Assigned("20210348", HandlingRole.Lead);

        var summary = calculator.Calculate([signed, unsigned], DateOnly.Parse(asOf));

        Assert.Equal((1, 1, pastDue), (summary.Signed, summary.SignedOnTime, summary.NotSignedPastDue));
        Assert.Equal(decimal.Parse(rate, System.Globalization.CultureInfo.InvariantCulture), summary.SignedOnTimeRate);
    }

    [Theory]
    [InlineData("2026-10-08", 0, "1")]
    [InlineData("2026-10-09", 1, "0.5")]
    public void AnItemNotRepliedByItsDueDateCountsAgainstTheReplyRate(string asOf, int pastDue, string rate)
    {
        var replied = Signed("20210347", HandlingRole.Lead);
        replied.Reply(new DateOnly(2026, 9, 1), A, "答复", by);
        var waiting = Signed("20210348", HandlingRole.Lead);

        var summary = calculator.Calculate([replied, waiting], DateOnly.Parse(asOf));

        Assert.Equal((1, 1, pastDue), (summary.Replied, summary.RepliedOnTime, summary.NotRepliedPastDue));
        Assert.Equal(decimal.Parse(rate, System.Globalization.CultureInfo.InvariantCulture), summary.RepliedOnTimeRate);
    }

    [Fact]
    public void AJointOpinionNotSentByItsDueDateCountsAgainstTheReplyRate()
    {
        var summary = calculator.Calculate([Signed("20210347", HandlingRole.Joint)], new DateOnly(2026, 8, 4));

        Assert.Equal((0, 1, 0m), (summary.Replied, summary.NotRepliedPastDue, summary.RepliedOnTimeRate));
    }

    [Fact]
    public void ALateReplyIsRepliedButNotOnTimeAndNoLongerPastDue()
    {
        var item = Signed("20210347", HandlingRole.Lead);
        item.Reply(new DateOnly(2026, 10, 12), A, "答复", by);

        var summary = calculator.Calculate([item], new DateOnly(2026, 10, 13));

        Assert.Equal((1, 0, 0, 0m), (summary.Replied, summary.RepliedOnTime, summary.NotRepliedPastDue, summary.RepliedOnTimeRate));
    }

    [Theory]
    [InlineData("2026-10-09", 1)] // due 10-10 (09-10 + 1 month, a make-up working Saturday)
    [InlineData("2026-10-12", 0)]
    public void AReplyAfterReHandlingMustAlsoComeOnTime(string rehandlingReply, int onTime)
    {
        var item = Signed("20210347", HandlingRole.Lead);
        item.Reply(new DateOnly(2026, 9, 1), A, "答复", by);
        item.Evaluate(new DateOnly(2026, 9, 10), EvaluationResult.Unsatisfied, null, by);
        item.Reply(DateOnly.Parse(rehandlingReply), A, "再次答复", by);

        var summary = calculator.Calculate([item], new DateOnly(2026, 10, 20));

        Assert.Equal((1, onTime, 0), (summary.Replied, summary.RepliedOnTime, summary.Overdue));
    }

    [Fact]
    public void NoDayShowsARateOf100PercentBesideAnOverdueItem()
    {
        // Each late item beside one handled on time, judged on every day from the assignment to the year's end.
        var late = new Func<SuggestionItem>[]
        {
            () => Assigned("late-sign", HandlingRole.Lead),
            () => Signed("late-reply", HandlingRole.Sole),
            () => Signed("late-joint", HandlingRole.Joint),
            () =>
            {
                var item = Signed("late-rehandling", HandlingRole.Split);
                item.Reply(new DateOnly(2026, 9, 1), A, "答复", by);
                item.Evaluate(new DateOnly(2026, 9, 10), EvaluationResult.Unsatisfied, null, by);
                return item;
            },
        };
        var onTime = Signed("on-time", HandlingRole.Lead);
        onTime.Reply(new DateOnly(2026, 7, 20), A, "答复", by);

        foreach (var make in late)
        {
            var items = new[] { make(), onTime };
            var overdueDays = 0;
            for (var day = new DateOnly(2026, 7, 1); day <= new DateOnly(2026, 12, 31); day = day.AddDays(1))
            {
                var s = calculator.Calculate(items, day);
                if (s.Overdue > 0)
                {
                    overdueDays++;
                    Assert.True(s.SignedOnTimeRate < 1 || s.RepliedOnTimeRate < 1, $"{items[0].Number} on {day:yyyy-MM-dd}: {s.Overdue} overdue beside {s.SignedOnTimeRate:P0} / {s.RepliedOnTimeRate:P0} on time");
                }
            }

            Assert.True(overdueDays > 0, $"{items[0].Number} was never overdue: the scenario tests nothing");
        }
    }

    private SuggestionItem Assigned(string number, HandlingRole role) =>
        SuggestionItem.Create(Spec(number, role: role) with { AssignedOn = new DateOnly(2026, 7, 1) }, by);

    private SuggestionItem Signed(string number, HandlingRole role)
    {
        var item = Assigned(number, role);
        item.SignFor(new DateOnly(2026, 7, 2), by);
        return item;
    }
}
