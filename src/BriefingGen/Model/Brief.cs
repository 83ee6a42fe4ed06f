namespace BriefingGen.Model;

public sealed record Brief(
    string Id, string Path, DocumentBody Body, IReadOnlyDictionary<string, object?> Extra,
    string BriefTitle, PartialDate Date, string Summary, IReadOnlyList<string> Authors,
    IReadOnlyList<Ref> Actors, IReadOnlyList<Ref> Events, IReadOnlyList<Ref> Tags,
    PartialDate? Updated, bool Draft) : Document(Id, Path, Body, Extra)
{
    public override DocumentKind Kind => DocumentKind.Brief;
    public override string Title => BriefTitle;
}
