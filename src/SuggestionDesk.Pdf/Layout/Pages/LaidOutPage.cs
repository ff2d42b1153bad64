namespace SuggestionDesk.Pdf.Layout.Pages;

/// <summary>A page after layout: its setup and what is drawn on it, ready for the painter.</summary>
internal sealed class LaidOutPage(PageSetup setup, int number)
{
    /// <summary>The page's size, margins and furniture.</summary>
    public PageSetup Setup { get; } = setup;

    /// <summary>The page's number, from 1.</summary>
    public int Number { get; } = number;

    /// <summary>What is drawn, in order.</summary>
    public List<DrawOp> Ops { get; } = [];

    /// <summary>The text drawn on the page, in drawing order, for tests and searching.</summary>
    public IEnumerable<string> Texts => Ops.OfType<TextOp>().Select(t => t.Text);
}
