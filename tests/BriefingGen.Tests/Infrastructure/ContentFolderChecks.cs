using AngleSharp.Html.Dom.Events;
using AngleSharp.Html.Parser;
using BriefingGen.Loading;
using BriefingGen.Output;
using BriefingGen.Rendering.Templates;

namespace BriefingGen.Tests.Infrastructure;

/// <summary>
/// What must hold for ANY valid content folder, so the tests over the live content/ never fail a
/// valid contribution: it builds with zero diagnostics under --strict --lint citations, every page
/// parses as HTML without a single parse error and passes the oracle, and every internal link
/// (and #anchor) resolves. Facts about the sample itself belong in in-test sites.
/// </summary>
public static class ContentFolderChecks
{
    public static void AssertValidSite(string contentFolder)
    {
        var output = new MemoryOutput();
        var result = SiteBuilder.Build(new DiskContentSource(contentFolder), TemplateSet.Load(), output,
            new BuildOptions { Strict = true, LintCitations = true });
        Assert.True(result.Diagnostics.Count == 0, string.Join("\n", result.Diagnostics));
        Assert.True(result.Succeeded);

        var pages = output.Files.Keys.Where(p => p.EndsWith(".html", StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToList();
        var documents = pages.ToDictionary(p => p, p => Parse(p, output.Text(p)), StringComparer.Ordinal);
        var violations = documents.SelectMany(p => HtmlOracle.Violations(p.Key, p.Value)).ToList();
        Assert.True(violations.Count == 0, string.Join("\n", violations.Take(20)));

        var checkedLinks = 0;
        foreach (var (page, document) in documents)
        {
            // The 404 page links from the site's published root, which a build without base_url does not have.
            if (page == "404.html") continue;
            foreach (var href in SiteTests.LinkTargets(document))
            {
                var target = SiteTests.Resolve(page, href);
                Assert.True(output.Files.ContainsKey(target), $"{page}: '{href}' leads to missing '{target}'");
                // Read as the in-page check below reads it: a fragment in a link is percent-encoded.
                var fragment = href.Contains('#') ? Uri.UnescapeDataString(href[(href.IndexOf('#') + 1)..]) : null;
                if (fragment is not (null or "top") && documents.TryGetValue(target, out var targetPage))
                    Assert.True(targetPage.GetElementById(fragment) is not null, $"{page}: '{href}' names a missing anchor");
                checkedLinks++;
            }
            // A place on the page itself: a contents entry, a citation marker, a note, a heading.
            foreach (var href in document.QuerySelectorAll("a[href^='#']").Select(a => a.GetAttribute("href")![1..]).Where(f => f is not ("" or "top")))
                Assert.True(document.GetElementById(Uri.UnescapeDataString(href)) is not null, $"{page}: '#{href}' names a missing anchor");
        }
        // Every page has the site navigation, so a site whose links went unchecked is a broken test.
        Assert.True(checkedLinks >= pages.Count, $"only {checkedLinks} links checked on {pages.Count} pages");
    }

    private static AngleSharp.Html.Dom.IHtmlDocument Parse(string path, string html)
    {
        var parser = new HtmlParser();
        var errors = new List<string>();
        parser.Error += (_, e) => errors.Add(e is HtmlErrorEvent error ? $"{error.Message} at {error.Position.Line}:{error.Position.Column}" : e.Type);
        var document = parser.ParseDocument(html);
        Assert.True(errors.Count == 0, $"{path} does not parse cleanly: {string.Join("; ", errors.Take(5))}");
        return document;
    }
}
