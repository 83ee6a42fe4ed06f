using BriefingGen.Rendering.Pages;

namespace BriefingGen.Rendering.Metadata;

/// <summary>
/// What a page's head tells link previews, feed readers and search engines: its Open Graph type
/// ("article", "profile" or "website"), the dates of an article, the feeds it announces (site-relative
/// URLs) and its schema.org JSON-LD, already escaped for a script data block.
/// </summary>
public sealed record PageDiscovery(string OgType, string? Published, string? Modified, IReadOnlyList<LinkView> Feeds, TrustedHtml? StructuredData);
