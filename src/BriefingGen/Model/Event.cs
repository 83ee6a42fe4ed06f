namespace BriefingGen.Model;

public sealed record Event(
    string Id, string Path, DocumentBody Body, IReadOnlyDictionary<string, object?> Extra,
    string EventTitle, PartialDate Date, PartialDate? End, bool Circa, string? Summary,
    IReadOnlyList<Ref> Actors, IReadOnlyList<Ref> Sources, string? Location, IReadOnlyList<Ref> Tags)
    : Document(Id, Path, Body, Extra)
{
    public override DocumentKind Kind => DocumentKind.Event;
    public override string Title => EventTitle;
}
