namespace BriefingGen.Markdown;

/// <summary>What rendering one body needs to know about the site: where ids lead, and how its citations are numbered.</summary>
public interface IBodyLinkContext
{
    /// <summary>The href and default text for an id, or null when it does not lead to a published page.</summary>
    (string Href, string Title)? Resolve(string id);

    /// <summary>The number and anchor of the citation with this index in the body.</summary>
    CitationMarker Marker(int citationIndex);
}

/// <summary>A citation marker: the source's number on the page, and the marker's own id for back-links.</summary>
public sealed record CitationMarker(string SourceId, int Number, string AnchorId);
