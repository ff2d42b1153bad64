using SuggestionDesk.Pdf.Layout.Elements;
using SuggestionDesk.Pdf.Layout.Fonts;
using SuggestionDesk.Pdf.Layout.Pages;

namespace SuggestionDesk.Pdf.Layout;

/// <summary>
/// A document composed of sections, each a sequence of elements on pages of one setup:
/// <c>document.Section(PageSetup.OfficialA4, s => s.Add(...))</c>, then <see cref="LayOut"/> and
/// <see cref="Write"/>. Layout gives plain pages of draw operations, which tests can read without a PDF.
/// </summary>
internal sealed class LayoutDocument(TextStyle pageNumberStyle, TextStyle headerStyle)
{
    private readonly List<(PageSetup Setup, List<IElement> Elements)> sections = [];

    /// <summary>Adds a section starting on a new page.</summary>
    public LayoutDocument Section(PageSetup setup, Action<SectionComposer> compose)
    {
        var composer = new SectionComposer();
        compose(composer);
        sections.Add((setup, composer.Elements));
        return this;
    }

    /// <summary>Lays every section out into pages, with page numbers and headers.</summary>
    public IReadOnlyList<LaidOutPage> LayOut(CancellationToken cancellationToken = default)
    {
        var flow = new PageFlow();
        foreach (var (setup, elements) in sections)
        {
            flow.StartSection(setup);
            foreach (var element in elements)
            {
                cancellationToken.ThrowIfCancellationRequested();
                element.Compose(flow);
            }
        }

        PageFurniture.Add(flow.Pages, pageNumberStyle, headerStyle);
        return flow.Pages;
    }

    /// <summary>Lays the document out and writes it as PDF to <paramref name="output"/>; returns the page count.</summary>
    public int Write(DocumentInfo info, Stream output, CancellationToken cancellationToken = default)
    {
        var pages = LayOut(cancellationToken);
        PdfPainter.Write(pages, info, output);
        return pages.Count;
    }
}

/// <summary>Collects a section's elements in order.</summary>
internal sealed class SectionComposer
{
    /// <summary>The elements, in order.</summary>
    public List<IElement> Elements { get; } = [];

    /// <summary>Adds an element.</summary>
    public SectionComposer Add(IElement element)
    {
        Elements.Add(element);
        return this;
    }
}
