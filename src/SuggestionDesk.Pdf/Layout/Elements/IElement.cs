using SuggestionDesk.Pdf.Layout.Pages;

namespace SuggestionDesk.Pdf.Layout.Elements;

/// <summary>Something that lays itself out in the flow of pages: a paragraph, a table, a chart.</summary>
internal interface IElement
{
    /// <summary>Places the element at the flow's cursor, starting new pages as it needs.</summary>
    void Compose(PageFlow flow);
}
