namespace SuggestionDesk.Pdf.Layout.Pages;

/// <summary>How page numbers are shown at the foot of a page.</summary>
internal enum PageNumberStyle
{
    /// <summary>No page number.</summary>
    None,

    /// <summary>GB/T 9704: <c>— 1 —</c>, odd pages right, even pages left, one character in from the text block's edge.</summary>
    Dashes,

    /// <summary><c>Page 1 of 9</c> (or <c>第 1 页 共 9 页</c>), centred.</summary>
    PageOfTotal,
}

/// <summary>A page's size and margins, in points, and its furniture (page numbers, running header).</summary>
/// <param name="Width">Page width.</param>
/// <param name="Height">Page height.</param>
/// <param name="Top">Top margin: distance from the page's top edge to the text block.</param>
/// <param name="Left">Left (binding) margin.</param>
/// <param name="Right">Right margin.</param>
/// <param name="Bottom">Bottom margin: distance from the text block to the page's bottom edge.</param>
internal sealed record PageSetup(double Width, double Height, double Top, double Left, double Right, double Bottom)
{
    /// <summary>Points per millimetre.</summary>
    public const double Mm = 72 / 25.4;

    /// <summary>GB/T 9704-2012: A4 portrait, top 37 mm, left 28 mm, text block 156 × 225 mm.</summary>
    public static PageSetup OfficialA4 { get; } = new(210 * Mm, 297 * Mm, 37 * Mm, 28 * Mm, 26 * Mm, 35 * Mm);

    /// <summary>A4 landscape with narrower margins, for wide tables (the annex).</summary>
    public static PageSetup A4Landscape { get; } = new(297 * Mm, 210 * Mm, 25 * Mm, 20 * Mm, 20 * Mm, 25 * Mm);

    /// <summary>How page numbers are shown.</summary>
    public PageNumberStyle PageNumbers { get; init; } = PageNumberStyle.Dashes;

    /// <summary>The page-number template for <see cref="PageNumberStyle.PageOfTotal"/>: {0} the page, {1} the total.</summary>
    public string PageOfTotalFormat { get; init; } = "Page {0} of {1}";

    /// <summary>A running header over the text block, if any.</summary>
    public string? Header { get; init; }

    /// <summary>The text block's width.</summary>
    public double ContentWidth => Width - Left - Right;

    /// <summary>The text block's height.</summary>
    public double ContentHeight => Height - Top - Bottom;

    /// <summary>The text block's bottom edge, from the page's top.</summary>
    public double ContentBottom => Height - Bottom;
}
