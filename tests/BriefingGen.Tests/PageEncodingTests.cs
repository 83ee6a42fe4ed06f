using BriefingGen.Tests.Infrastructure;
using static BriefingGen.Tests.Infrastructure.Samples;

namespace BriefingGen.Tests;

/// <summary>Pages are encoded to UTF-8 piece by piece as templates write them; no character may be cut in two.</summary>
public class PageEncodingTests
{
    [Theory]
    [InlineData("")]
    [InlineData("x")]
    public void Characters_outside_the_basic_plane_survive_being_written_across_the_pieces_of_a_page(string shift)
    {
        // A long text is written by the templates as a run of UTF-16 pairs that the pieces of the
        // page's text can end inside; the one-character shift changes where. A title is held to 500
        // characters and a correction to 2,000, so the longest run is an extra value a theme prints;
        // the title is written several times (title, heading, meta).
        var run = string.Concat(Enumerable.Repeat("😀", 3_000));
        var site = TestSite.Build(Source + $$$"""
            -- content/briefs/a.md --
            ---
            title: "{{{shift}}}{{{run[..498]}}}"
            date: 2025-11-10
            summary: A title written in pictures.
            corrections:
              - date: 2025-11-11
                text: "{{{shift}}}{{{run[..1998]}}}"
            extra:
              long: "{{{shift}}}{{{run}}}"
            ---
            Text [@bbc].

            -- templates/brief.html --
            <h1>{{ page.brief.title }}</h1><p class="correction">{{ page.corrections[0].text }}</p><p class="long">{{ page.extra.long }}</p>

            """).AssertClean();

        var text = new System.Text.UTF8Encoding(false, throwOnInvalidBytes: true).GetString(site.Output.Files["briefs/a/index.html"]);

        var page = site.Page("briefs/a/index.html");
        Assert.Equal(shift + run[..498], page.QuerySelector("main h1")!.TextContent);
        Assert.Equal(shift + run[..1998], page.QuerySelector(".correction")!.TextContent);
        Assert.Equal(shift + run, page.QuerySelector(".long")!.TextContent);
        Assert.DoesNotContain('\uFFFD', text);
    }
}
