using BriefingGen.Model;

namespace BriefingGen.Graph;

/// <summary>One numbered entry in a page's reference list, with a back-link to every marker that cites it.</summary>
public sealed record Reference(Source Source, int Number, IReadOnlyList<Backref> Backrefs);

/// <summary>A marker citing a source: its anchor on the page, and the locator ("p. 4") and passage it gave.</summary>
public sealed record Backref(string AnchorId, string? Locator, string? Quote);
