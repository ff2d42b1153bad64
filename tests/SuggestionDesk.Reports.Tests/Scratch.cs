namespace SuggestionDesk.Reports.Tests;

public sealed class Scratch
{
    [Fact]
    public void WritesTheSeed()
    {
        var path = ReportFiles.Write(ReportFiles.Model(ReportItems.Seed(), ReportFiles.SeedOptions()), "seed.pdf");
        File.Copy(path, "/tmp/seed.pdf", true);
        var en = ReportFiles.Write(ReportFiles.Model(ReportItems.Seed(), ReportFiles.SeedOptions(ReportLanguage.English)), "seed-en.pdf");
        File.Copy(en, "/tmp/seed-en.pdf", true);
    }
}
