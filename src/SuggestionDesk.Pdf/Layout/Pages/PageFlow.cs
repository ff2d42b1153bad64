namespace SuggestionDesk.Pdf.Layout.Pages;

/// <summary>
/// The cursor elements lay themselves out with: the current page, how far down its text block they have come,
/// and a way to start the next page. Elements add draw operations and move the cursor down.
/// </summary>
internal sealed class PageFlow
{
    private readonly List<LaidOutPage> pages = [];
    private PageSetup setup = PageSetup.OfficialA4;

    /// <summary>The pages laid out so far.</summary>
    public IReadOnlyList<LaidOutPage> Pages => pages;

    /// <summary>The current page's setup.</summary>
    public PageSetup Setup => setup;

    /// <summary>The current page (one is started if none is).</summary>
    public LaidOutPage Page => pages.Count > 0 ? pages[^1] : NewPage();

    /// <summary>The top of the free space on the current page, from the page's top edge.</summary>
    public double Y { get; private set; }

    /// <summary>The left edge of the text block.</summary>
    public double Left => setup.Left;

    /// <summary>The text block's width.</summary>
    public double Width => setup.ContentWidth;

    /// <summary>The height left on the current page.</summary>
    public double Remaining => setup.ContentBottom - Y;

    /// <summary>Whether nothing has been placed on the current page yet.</summary>
    public bool AtPageTop { get; private set; } = true;

    /// <summary>Starts a new section: the next element begins a new page with <paramref name="next"/>.</summary>
    public void StartSection(PageSetup next)
    {
        setup = next;
        NewPage();
    }

    /// <summary>Starts a new page with the current setup.</summary>
    public LaidOutPage NewPage()
    {
        var page = new LaidOutPage(setup, pages.Count + 1);
        pages.Add(page);
        Y = setup.Top;
        AtPageTop = true;
        return page;
    }

    /// <summary>Makes sure <paramref name="height"/> fits on the current page, starting a new one if it does not (and the page is not empty).</summary>
    public void Need(double height)
    {
        _ = Page;
        if (height > Remaining + 0.01 && !AtPageTop)
        {
            NewPage();
        }
    }

    /// <summary>Adds <paramref name="op"/> to the current page.</summary>
    public void Draw(DrawOp op)
    {
        Page.Ops.Add(op);
        AtPageTop = false;
    }

    /// <summary>Moves the cursor down by <paramref name="height"/>.</summary>
    public void Advance(double height)
    {
        _ = Page;
        Y += height;
        AtPageTop = false;
    }

    /// <summary>Adds space before an element unless at the top of a page, where it would only push the page's text down.</summary>
    public void Space(double height)
    {
        if (!AtPageTop)
        {
            Y = Math.Min(Y + height, setup.ContentBottom);
        }
    }
}
