using System.Globalization;
using System.Runtime.CompilerServices;

namespace SuggestionDesk.Tests.Shared;

/// <summary>
/// Every test assembly runs in the invariant culture unless a test asks for another (<c>UiCulture.Use("zh-CN")</c>),
/// whatever the machine's: on a Chinese Windows, or with LANG=zh_CN.UTF-8, the library speaks Chinese, and tests that
/// read English messages, dates or numbers would fail for a developer in the office who builds it there. Linked into
/// each test project by tests/Directory.Build.props.
/// </summary>
internal static class InvariantCultureByDefault
{
#pragma warning disable CA2255 // A test assembly, not a library: this runs before any of its tests, which is the point.
    [ModuleInitializer]
#pragma warning restore CA2255
    internal static void Pin()
    {
        CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
        CultureInfo.DefaultThreadCurrentUICulture = CultureInfo.InvariantCulture;
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        CultureInfo.CurrentUICulture = CultureInfo.InvariantCulture;
    }
}
