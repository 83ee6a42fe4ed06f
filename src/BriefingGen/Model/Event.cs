namespace BriefingGen.Model;

/// <summary>A dated event; After names events of the same date that it follows.</summary>
public sealed record Event(
    string Id, string Path, IReadOnlyDictionary<string, object?> Extra,
    string EventTitle, PartialDate Date, PartialDate? End, bool Circa, string? Summary,
    IReadOnlyList<Ref> Actors, IReadOnlyList<Ref> Sources, string? Location, IReadOnlyList<Ref> Tags, IReadOnlyList<Ref> After)
    : Document(Id, Path, Extra)
{
    public override DocumentKind Kind => DocumentKind.Event;
    public override string Url { get; } = UrlOf(DocumentKind.Event, Id);
    public override string Title => EventTitle;
}
