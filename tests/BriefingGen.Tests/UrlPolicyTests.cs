using BriefingGen.Markdown;

namespace BriefingGen.Tests;

/// <summary>The URL allow-list on its own, for the addresses a browser would read differently from how they look.</summary>
public class UrlPolicyTests
{
    [Theory]
    [InlineData("https://example.org", UrlVerdict.Allowed)]
    [InlineData(" https://example.org", UrlVerdict.Allowed)]      // browsers drop leading spaces and controls
    [InlineData("\u007fhttps://example.org", UrlVerdict.Allowed)]
    [InlineData("HTTPS://example.org", UrlVerdict.Allowed)]
    [InlineData("mailto:desk@example.org", UrlVerdict.Allowed)]
    [InlineData("MailTo:desk@example.org", UrlVerdict.Allowed)]
    [InlineData("../briefs/a/index.html", UrlVerdict.Allowed)]
    [InlineData("#references", UrlVerdict.Allowed)]
    [InlineData("?q=a:b", UrlVerdict.Allowed)]
    [InlineData("notes/a:b.html", UrlVerdict.Allowed)]             // a colon after the first '/' is part of the path
    [InlineData("/notes/a:b.html", UrlVerdict.Allowed)]
    [InlineData("a#b:c", UrlVerdict.Allowed)]
    [InlineData("", UrlVerdict.Allowed)]
    [InlineData("http://example.org", UrlVerdict.Insecure)]
    [InlineData("HTTP://example.org", UrlVerdict.Insecure)]
    [InlineData("javascript:alert(1)", UrlVerdict.Refused)]
    [InlineData("java\tscript:alert(1)", UrlVerdict.Refused)]
    [InlineData("java\u007fscript:alert(1)", UrlVerdict.Refused)]
    [InlineData("\u0001javascript:alert(1)", UrlVerdict.Refused)]
    [InlineData("data:text/html,x", UrlVerdict.Refused)]
    [InlineData("ftp://example.org", UrlVerdict.Refused)]
    [InlineData("x-custom+scheme.v1:thing", UrlVerdict.Refused)]
    [InlineData("1password:x", UrlVerdict.Refused)]                // not a scheme by the grammar, still a colon before any path
    [InlineData("a:b/c", UrlVerdict.Refused)]
    [InlineData("//evil.example/", UrlVerdict.Refused)]
    [InlineData("\\\\evil.example\\", UrlVerdict.Refused)]
    [InlineData("\\evil.example", UrlVerdict.Refused)]
    [InlineData("/\\evil.example/", UrlVerdict.Refused)]
    [InlineData(" //evil.example/", UrlVerdict.Refused)]
    public void Each_address_gets_the_verdict_a_browser_would_warrant(string url, UrlVerdict verdict)
    {
        Assert.Equal(verdict, UrlPolicy.Check(url));
    }

    [Theory]
    [InlineData("https://example.org", true)]
    [InlineData("  mailto:desk@example.org", true)]
    [InlineData("http://example.org", true)]
    [InlineData("../a/index.html", false)]
    [InlineData("#notes", false)]
    [InlineData("notes/a:b.html", false)]
    public void Only_addresses_that_leave_the_site_are_external(string url, bool external)
    {
        Assert.Equal(external, UrlPolicy.IsExternal(url));
    }

    [Theory]
    [InlineData("/briefs/b/", true)]
    [InlineData(" /briefs/b/", true)]
    [InlineData("/", true)]
    [InlineData("../b/index.html", false)]
    [InlineData("b/index.html", false)]
    [InlineData("#notes", false)]
    [InlineData("https://example.org/briefs/b/", false)]
    [InlineData("//example.org/briefs/b/", false)]                // scheme-relative: refused by Check, not a path
    [InlineData("/\\example.org/", false)]
    public void Only_paths_from_the_site_root_are_root_relative(string url, bool rootRelative)
    {
        Assert.Equal(rootRelative, UrlPolicy.IsRootRelative(url));
    }
}
