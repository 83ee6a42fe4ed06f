namespace BriefingGen.Model;

/// <summary>A brief; Updated is the later of its `updated:` and its latest correction.</summary>
public sealed record Brief(
    string Id, string Path, IReadOnlyDictionary<string, object?> Extra,
    string BriefTitle, PartialDate Date, string Summary, IReadOnlyList<string> Authors,
    IReadOnlyList<Ref> Actors, IReadOnlyList<Ref> Events, IReadOnlyList<Ref> Tags,
    PartialDate? Updated, bool Draft, IReadOnlyList<Correction> Corrections) : Document(Id, Path, Extra)
{
    public override DocumentKind Kind => DocumentKind.Brief;
    public override string Url { get; } = UrlOf(DocumentKind.Brief, Id);
    public override string Title => BriefTitle;

    /// <summary>When the brief last changed: its updated date, else the date it was published.</summary>
    public PartialDate Modified => Updated ?? Date;
}

/// <summary>A dated correction, printed at the top of the brief (and in its feed entry).</summary>
public sealed record Correction(PartialDate Date, string Text);
