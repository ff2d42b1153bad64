namespace SuggestionDesk.Calendar;

/// <summary>Reads the holiday-cn years embedded in this assembly.</summary>
internal static class BuiltInHolidays
{
    private const string Prefix = "SuggestionDesk.Calendar.holiday-cn.";

    public static IReadOnlyList<HolidayYear> Load()
    {
        var assembly = typeof(BuiltInHolidays).Assembly;
        return assembly.GetManifestResourceNames()
            .Where(name => name.StartsWith(Prefix, StringComparison.Ordinal) && name.EndsWith(".json", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(name =>
            {
                using var stream = assembly.GetManifestResourceStream(name)!;
                using var reader = new StreamReader(stream);
                return HolidayYear.Parse(reader.ReadToEnd(), name[Prefix.Length..]);
            })
            .ToArray();
    }
}
