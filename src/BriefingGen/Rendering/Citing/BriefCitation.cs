using System.Text;
using BriefingGen.Model;

namespace BriefingGen.Rendering.Citing;

/// <summary>How a reader cites one of our briefs: the formatted citation, in the style of the reference lists.</summary>
public static class BriefCitation
{
    /// <summary>"Jane Doe, “Title,” Site, 10 Nov 2025 (updated 12 Nov 2025). https://…", in the style of the reference lists.</summary>
    public static TrustedHtml Format(CitationRecord brief)
    {
        var html = new StringBuilder();
        if (brief.Authors.Count > 0) html.Append(CitationFormatter.JoinAuthors(brief.Authors, CitationFormatter.Field)).Append(", ");
        // A title's own '?' or '!' stands for the comma.
        var title = brief.Title ?? "";
        html.Append('“').Append(CitationFormatter.Field(CitationFormatter.InnerQuotes(title))).Append(CitationFormatter.EndsInOwnMark(title) ? "” " : ",” ");
        if (brief.Container is { } site) html.Append("<i>").Append(CitationFormatter.Field(site)).Append("</i>, ");
        if (brief.Date is { } date) html.Append($"<time datetime=\"{date.Iso}\">{date.Display}</time>");
        if (brief.Updated is { } updated) html.Append($" (updated <time datetime=\"{updated.Iso}\">{updated.Display}</time>)");
        html.Append('.');
        if (brief.Url is { } url) html.Append(" <a href=\"").Append(Html.Escape(url)).Append("\" rel=\"noopener noreferrer\">").Append(Html.Escape(url)).Append("</a>");
        return new TrustedHtml(html.ToString());
    }
}
