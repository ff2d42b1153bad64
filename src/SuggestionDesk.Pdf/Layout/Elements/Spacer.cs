using SuggestionDesk.Pdf.Layout.Pages;

namespace SuggestionDesk.Pdf.Layout.Elements;

/// <summary>Vertical space (none at the top of a page).</summary>
internal sealed class Spacer(double height) : IElement
{
    /// <inheritdoc />
    public void Compose(PageFlow flow) => flow.Space(height);
}

/// <summary>Ends the current page.</summary>
internal sealed class PageBreak : IElement
{
    /// <inheritdoc />
    public void Compose(PageFlow flow)
    {
        if (!flow.AtPageTop)
        {
            flow.NewPage();
        }
    }
}
