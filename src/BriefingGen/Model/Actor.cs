namespace BriefingGen.Model;

public sealed record Actor(
    string Id, string Path, IReadOnlyDictionary<string, object?> Extra,
    string Name, string ActorKind, string? Summary, IReadOnlyList<string> Aliases,
    Ref? Country, IReadOnlyList<Role> Roles) : Document(Id, Path, Extra)
{
    public static readonly IReadOnlyList<string> Kinds = ["person", "state", "organization", "group"];

    public override DocumentKind Kind => DocumentKind.Actor;
    public override string Url { get; } = UrlOf(DocumentKind.Actor, Id);
    public override string Title => Name;
}

/// <summary>A position an actor held: "President of Peru", of the actor <c>peru</c>, from 2021 to Dec 2022.</summary>
public sealed record Role(string Title, Ref? Of, PartialDate? From, PartialDate? To);
