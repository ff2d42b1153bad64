using System.Security.Cryptography;
using System.Text.RegularExpressions;
using SuggestionDesk.Pdf.Layout.Fonts;

namespace SuggestionDesk.Pdf.Tests.Layout;

/// <summary>
/// The report's fonts are files pinned in the repository (src/SuggestionDesk.Pdf/fonts), each with its licence, and
/// the build copies exactly those beside the assembly: no font comes from the machine that builds or runs it.
/// </summary>
public sealed partial class FontFilesTests
{
    private static readonly string Source = Path.Combine(Repository.Root, "src", "SuggestionDesk.Pdf", "fonts");

    [Fact]
    public void EveryFontTheLibraryNeedsIsPinnedInTheRepositoryWithTheHashItsReadmeStates()
    {
        var readme = File.ReadAllText(Path.Combine(Source, "README.md"));
        var stated = PinnedHash().Matches(readme).ToDictionary(m => m.Groups[2].Value, m => m.Groups[1].Value, StringComparer.Ordinal);

        Assert.All(FontLibrary.Files.Values, file =>
        {
            var path = Path.Combine(Source, file);
            Assert.True(File.Exists(path), $"{file} is not in src/SuggestionDesk.Pdf/fonts");
            Assert.True(stated.TryGetValue(file, out var hash), $"fonts/README.md states no SHA-256 for {file}");
            Assert.Equal(hash, Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(path))));
        });
        Assert.Equal(FontLibrary.Files.Values.Order(StringComparer.Ordinal), Directory.EnumerateFiles(Source, "*.ttf").Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void EveryLicenceTheReadmeNamesIsThereAndTheBuildCopiesFontsAndLicencesBesideTheAssembly()
    {
        var readme = File.ReadAllText(Path.Combine(Source, "README.md"));
        var named = LicenceFile().Matches(readme).Select(m => m.Groups[1].Value).Distinct().ToArray();

        Assert.Equal(4, named.Length);
        Assert.All(named, licence => Assert.True(File.Exists(Path.Combine(Source, "licences", licence)), $"licences/{licence} is missing"));
        Assert.Equal(Path.Combine(Path.GetDirectoryName(typeof(FontLibrary).Assembly.Location)!, "fonts"), FontLibrary.Folder);
        Assert.All(FontLibrary.Files.Values.Concat(named.Select(l => Path.Combine("licences", l))), file =>
            Assert.Equal(File.ReadAllBytes(Path.Combine(Source, file)), File.ReadAllBytes(Path.Combine(FontLibrary.Folder, file))));
    }

    [GeneratedRegex(@"^([0-9a-f]{64})  (\S+\.ttf)$", RegexOptions.Multiline | RegexOptions.CultureInvariant)]
    private static partial Regex PinnedHash();

    [GeneratedRegex(@"`licences/([^`]+)`", RegexOptions.CultureInvariant)]
    private static partial Regex LicenceFile();
}
