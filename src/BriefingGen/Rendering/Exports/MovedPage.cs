using BriefingGen.Model;

namespace BriefingGen.Rendering.Exports;

/// <summary>
/// The page left at a renamed document's old address (its former_ids): it sends a browser on at
/// once, names the new page for a reader whose browser does not, and tells search engines which
/// address is the document's (canonical) and not to index this one. Not in the sitemap or search.
/// </summary>
public static class MovedPage
{
    public static string PathOf(Document moved, string formerId) => Document.UrlOf(moved.Kind, formerId);

    public static byte[] Write(SiteConfig site, Document moved)
    {
        // From <kind>/<former-id>/index.html, two folders down.
        var link = Html.Escape("../../" + moved.Url);
        // As on every page, only an absolute address is canonical: without base_url there is none.
        var canonical = site.AbsoluteUrl(moved.Url) is { } address ? $"\n<link rel=\"canonical\" href=\"{Html.Escape(address)}\">" : "";
        var title = Html.Escape(moved.Title);
        return new System.Text.UTF8Encoding(false).GetBytes($"""
            <!doctype html>
            <html lang="{Html.Escape(site.Language)}" dir="{site.Direction}">
            <head>
            <meta charset="utf-8">
            <meta http-equiv="Content-Security-Policy" content="default-src 'none'; base-uri 'none'; form-action 'none'">
            <meta name="referrer" content="strict-origin-when-cross-origin">
            <title>{title}</title>
            <meta name="robots" content="noindex">{canonical}
            <meta http-equiv="refresh" content="0; url={link}">
            </head>
            <body>
            <p>This page has moved: <a href="{link}">{title}</a>.</p>
            </body>
            </html>

            """);
    }
}
