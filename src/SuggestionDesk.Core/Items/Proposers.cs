namespace SuggestionDesk.Items;

/// <summary>Who filed the item: one lead deputy or member (领衔) and optional co-signers (附议).</summary>
public sealed record Proposers
{
    /// <summary>Creates the list; names are trimmed and the lead is required.</summary>
    public Proposers(string lead, IEnumerable<string>? coSigners = null)
    {
        Lead = TextRules.Required(lead?.Trim(), Localization.Messages.FieldLeadProposer);
        CoSigners = (coSigners ?? [])
            .Select(name => TextRules.Optional(name?.Trim(), Localization.Messages.FieldCoSigner))
            .OfType<string>()
            .ToArray();
    }

    /// <summary>The lead deputy or member.</summary>
    public string Lead { get; }

    /// <summary>Co-signers, in the order given.</summary>
    public IReadOnlyList<string> CoSigners { get; }

    /// <summary>Everyone, lead first, separated by 、 as Chinese ledgers do.</summary>
    public override string ToString() => string.Join("、", CoSigners.Prepend(Lead));

    /// <inheritdoc />
    public bool Equals(Proposers? other) =>
        other is not null && Lead == other.Lead && CoSigners.SequenceEqual(other.CoSigners);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Lead, CoSigners.Count);
}
