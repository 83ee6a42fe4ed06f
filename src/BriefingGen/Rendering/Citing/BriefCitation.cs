using System.Text;
using BriefingGen.Model;

namespace BriefingGen.Rendering.Citing;

/// <summary>A meta element of a page's head: name and content, both escaped when printed.</summary>
public sealed record MetaTag(string Name, string Content);

/// <summary>How a reader cites one of our briefs: the formatted citation, and the Highwire Press meta reference managers read.</summary>
public static class BriefCitation
{
    /// <summary>"Jane Doe, “Title,” Site, 10 Nov 2025 (updated 12 Nov 2025). https://…", in the style of the reference lists.</summary>
    public static TrustedHtml Format(CitationRecord brief)
    {
        var html = new StringBuilder();
        if (brief.Authors.Count > 0) html.Append(Html.Escape(CitationFormatter.JoinAuthors(brief.Authors))).Append(", ");
        html.Append('“').Append(Html.Escape(brief.Title)).Append(",” ");
        if (brief.Container is { } site) html.Append("<i>").Append(Html.Escape(site)).Append("</i>, ");
        if (brief.Date is { } date) html.Append($"<time datetime=\"{date.Iso}\">{date.Display}</time>");
        if (brief.Updated is { } updated) html.Append($" (updated <time datetime=\"{updated.Iso}\">{updated.Display}</time>)");
        html.Append('.');
        if (brief.Url is { } url) html.Append(" <a href=\"").Append(Html.Escape(url)).Append("\" rel=\"noopener noreferrer\">").Append(Html.Escape(url)).Append("</a>");
        return new TrustedHtml(html.ToString());
    }

    /// <summary>citation_* meta as Google Scholar's inclusion guidelines describe them; Zotero reads the same.</summary>
    public static IReadOnlyList<MetaTag> HighwireMeta(CitationRecord brief)
    {
        var meta = new List<MetaTag>();
        if (brief.Title is { } title) meta.Add(new MetaTag("citation_title", title));
        meta.AddRange(brief.Authors.Select(a => new MetaTag("citation_author", a.Natural)));
        if (brief.Date is { } date) meta.Add(new MetaTag("citation_publication_date", date.Iso.Replace('-', '/')));
        if (brief.Container is { } site) meta.Add(new MetaTag("citation_publisher", site));
        if (brief.Url is { } url) meta.Add(new MetaTag("citation_public_url", url));
        return meta;
    }
}
