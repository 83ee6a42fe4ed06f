namespace BriefingGen.Model;

public enum DocumentKind
{
    Brief,
    Actor,
    Event,
    Source,
}

public static class DocumentKinds
{
    /// <summary>The content folder, and the output folder, of each kind.</summary>
    public static string Folder(this DocumentKind kind) => kind switch
    {
        DocumentKind.Brief => "briefs",
        DocumentKind.Actor => "actors",
        DocumentKind.Event => "events",
        _ => "sources",
    };

    public static string Noun(this DocumentKind kind) => kind switch
    {
        DocumentKind.Brief => "brief",
        DocumentKind.Actor => "actor",
        DocumentKind.Event => "event",
        _ => "source",
    };

    public static readonly IReadOnlyList<DocumentKind> All = [DocumentKind.Brief, DocumentKind.Actor, DocumentKind.Event, DocumentKind.Source];
}
