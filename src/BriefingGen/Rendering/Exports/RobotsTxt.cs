using BriefingGen.Model;

namespace BriefingGen.Rendering.Exports;

/// <summary>robots.txt: everything may be crawled, and here is the sitemap. Crawlers read it only at a host's root.</summary>
public static class RobotsTxt
{
    public const string Path = "robots.txt";

    public static byte[] Write(SiteConfig site) => new System.Text.UTF8Encoding(false).GetBytes(
        $"User-agent: *\nAllow: /\n\nSitemap: {site.AbsoluteUrl(Sitemap.Path)}\n");
}
