using SuggestionDesk.Calendar;

namespace SuggestionDesk.Core.Tests.Calendar;

/// <summary>A made-up 2027 calendar, standing in for the one the State Council has not yet published.</summary>
internal static class CalendarData
{
    public const string Json2027 = """
        {
          "year": 2027,
          "papers": ["https://www.gov.cn/example/2027"],
          "days": [
            { "name": "元旦", "date": "2027-01-01", "isOffDay": true },
            { "name": "春节", "date": "2027-02-06", "isOffDay": false },
            { "name": "春节", "date": "2027-02-01", "isOffDay": true },
            { "name": "春节", "date": "2027-02-02", "isOffDay": true },
            { "name": "春节", "date": "2027-02-03", "isOffDay": true },
            { "name": "春节", "date": "2027-02-04", "isOffDay": true },
            { "name": "春节", "date": "2027-02-05", "isOffDay": true },
            { "name": "春节", "date": "2027-02-08", "isOffDay": true }
          ]
        }
        """;

    public static HolidayYear Year2027() => HolidayYear.Parse(Json2027, "2027.json");
}
