using SuggestionDesk.Pdf.Layout.Text;

namespace SuggestionDesk.Pdf.Layout.Elements;

/// <summary>How a table column takes its width.</summary>
internal enum ColumnSizing
{
    /// <summary>Exactly <see cref="TableColumn.Width"/> points.</summary>
    Fixed,

    /// <summary>As wide as its widest cell, at most <see cref="TableColumn.Width"/> points.</summary>
    Fit,

    /// <summary>A share (<see cref="TableColumn.Width"/> is the weight) of what the other columns leave.</summary>
    Fill,
}

/// <summary>A table column: its header, how it takes its width, how its cells align.</summary>
/// <param name="Header">The header text, repeated on every page.</param>
/// <param name="Sizing">How the width is found.</param>
/// <param name="Width">Points for Fixed and Fit, a weight for Fill.</param>
/// <param name="Align">How cell text sits.</param>
internal sealed record TableColumn(string Header, ColumnSizing Sizing, double Width, TextAlign Align = TextAlign.Left)
{
    /// <summary>A column as wide as its widest cell, up to <paramref name="max"/> points.</summary>
    public static TableColumn Fit(string header, double max, TextAlign align = TextAlign.Left) => new(header, ColumnSizing.Fit, max, align);

    /// <summary>A column taking what the others leave (shared by weight).</summary>
    public static TableColumn Fill(string header, double weight = 1) => new(header, ColumnSizing.Fill, weight);

    /// <summary>A column of a fixed width.</summary>
    public static TableColumn Fixed(string header, double width, TextAlign align = TextAlign.Left) => new(header, ColumnSizing.Fixed, width, align);
}
