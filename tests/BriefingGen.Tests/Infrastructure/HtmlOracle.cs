using AngleSharp.Dom;
using BriefingGen.Markdown;

namespace BriefingGen.Tests.Infrastructure;

/// <summary>
/// What must hold on every page of every site we build, whatever the content: no active content,
/// no event-handler or style attributes, only allowed URLs, unique ids, and the browser hardening
/// meta tags. TestSite runs it on every page it builds. Scripts: JSON-LD data blocks anywhere;
/// and on the search page alone exactly one script that runs, the site's own search module,
/// under a policy that allows that script and WebAssembly and nothing else.
/// </summary>
public static class HtmlOracle
{
    public const string SearchPage = "search/index.html";
    public const string SearchScript = "../assets/search.js";
    public const string SearchPolicy = "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; connect-src 'self'; style-src 'self'; img-src 'self' https:; base-uri 'none'; form-action 'none'";

    private static readonly string[] ForbiddenElements = ["iframe", "object", "embed", "base", "frame", "frameset", "form", "applet", "style"];

    /// <summary>The one refresh allowed: a renamed document's old address sending the reader to its page, two folders up and down.</summary>
    private static readonly System.Text.RegularExpressions.Regex MovedPageRefresh = new(@"^0; url=\.\./\.\./(briefs|actors|events|sources)/[a-z0-9]+(-[a-z0-9]+)*/index\.html$");

    /// <summary>The one script element allowed everywhere: a JSON-LD data block, which browsers never run.</summary>
    public const string JsonLdType = "application/ld+json";

    public static IEnumerable<string> Violations(string path, IDocument page)
    {
        var jsonLd = page.QuerySelectorAll("script").Where(s => s.GetAttribute("type") == JsonLdType).ToList();
        var scripts = page.QuerySelectorAll("script").Except(jsonLd).ToList();
        foreach (var block in jsonLd)
        {
            if (block.Attributes.Length != 1)
                yield return $"{path}: forbidden <script> (only <script type=\"{JsonLdType}\"> without other attributes is allowed)";
            else if (!IsJson(block.TextContent))
                yield return $"{path}: JSON-LD block is not JSON";
        }
        if (path == SearchPage)
        {
            if (scripts.Count != 1 || scripts[0].Attributes.Length != 2 || scripts[0].GetAttribute("type") != "module" ||
                scripts[0].GetAttribute("src") != SearchScript || scripts[0].TextContent.Length > 0)
                yield return $"{path}: must load exactly <script type=\"module\" src=\"{SearchScript}\"></script> and nothing else";
            if (page.QuerySelector("meta[http-equiv='Content-Security-Policy']")?.GetAttribute("content") != SearchPolicy)
                yield return $"{path}: Content-Security-Policy must be exactly: {SearchPolicy}";
        }
        else
        {
            foreach (var script in scripts)
                yield return $"{path}: forbidden <script> (only <script type=\"{JsonLdType}\"> without other attributes is allowed)";
            if (page.QuerySelector("meta[http-equiv='Content-Security-Policy']")?.GetAttribute("content") is not { } csp ||
                !csp.Contains("default-src 'none'") || csp.Contains("unsafe-inline") || csp.Contains("script-src"))
                yield return $"{path}: missing or weak Content-Security-Policy";
        }
        foreach (var refresh in page.QuerySelectorAll("meta[http-equiv=refresh]"))
            if (!MovedPageRefresh.IsMatch(refresh.GetAttribute("content") ?? ""))
                yield return $"{path}: forbidden <meta http-equiv=refresh> to '{refresh.GetAttribute("content")}'";
        foreach (var selector in ForbiddenElements)
            foreach (var element in page.QuerySelectorAll(selector))
                yield return $"{path}: forbidden <{element.LocalName}>";
        // SVG keeps its own namespace; QuerySelectorAll("*") sees both.
        foreach (var element in page.QuerySelectorAll("*"))
        {
            foreach (var attribute in element.Attributes)
            {
                if (attribute.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase))
                    yield return $"{path}: event handler {attribute.Name} on <{element.LocalName}>";
                if (attribute.Name == "style")
                    yield return $"{path}: inline style on <{element.LocalName}>";
                if (attribute.Name is "href" or "src" or "xlink:href" or "action" or "formaction" or "srcset" &&
                    UrlPolicy.Check(attribute.Value) == UrlVerdict.Refused)
                    yield return $"{path}: refused URL {attribute.Name}=\"{attribute.Value}\"";
            }
        }
        foreach (var duplicate in page.QuerySelectorAll("[id]").GroupBy(e => e.Id).Where(g => g.Count() > 1))
            yield return $"{path}: id '{duplicate.Key}' used {duplicate.Count()} times";
        if (page.QuerySelector("meta[name=referrer]") is null)
            yield return $"{path}: missing referrer policy";
        foreach (var link in page.QuerySelectorAll("a[href^='http']"))
            if (link.GetAttribute("rel")?.Contains("noopener") != true)
                yield return $"{path}: external link without rel=noopener: {link.GetAttribute("href")}";
    }

    private static bool IsJson(string text)
    {
        try
        {
            using var _ = System.Text.Json.JsonDocument.Parse(text);
            return true;
        }
        catch (System.Text.Json.JsonException)
        {
            return false;
        }
    }
}
