using BriefingGen.Tests.Infrastructure;
using static BriefingGen.Tests.Infrastructure.Samples;

namespace BriefingGen.Tests;

/// <summary>Custom data under 'extra:' in every kind of file and in site.yml, as a theme reads it.</summary>
public class ExtraFieldTests
{
    private const string Shown = """<p class="x">{{ page.extra.word }}|{{ page.extra.list | array.join "+" }}|{{ page.extra.none == null }}|{{ page.extra.map.k }}|{{ site.extra.word }}</p>""";

    private const string Extra = "extra:\n  word: w\n  list: [a, b]\n  none: ~\n  map: {k: v}";

    [Theory]
    [InlineData("actor.html", "actors/peru/index.html")]
    [InlineData("event.html", "events/e/index.html")]
    [InlineData("source.html", "sources/bbc/index.html")]
    [InlineData("brief.html", "briefs/a/index.html")]
    public void Extra_values_of_every_kind_of_file_reach_its_template_as_text_lists_maps_and_null(string template, string page)
    {
        var files = "-- content/site.yml --\ntitle: T\nextra: {word: s}\n" +
            Source.Replace("kind: article", "kind: article\n" + Extra) +
            "-- content/actors/peru.md --\n---\nname: Peru\nkind: state\n" + Extra + "\n---\n" +
            Event("e", "2020", Extra) +
            Brief("a", Extra + "\nactors: [peru]\nevents: [e]") +
            $"-- templates/{template} --\n{Shown}\n";
        var shown = TestSite.Build(files).AssertClean().Page(page).QuerySelector("p.x")!.TextContent;
        Assert.Equal("w|a+b|true|v|s", shown);
    }

    [Fact]
    public void Pages_are_in_english_unless_site_yml_names_a_language()
    {
        Assert.Equal("en", TestSite.Build(Source + Brief("a")).AssertClean().Page("index.html").DocumentElement.GetAttribute("lang"));
        var french = TestSite.Build("-- content/site.yml --\ntitle: T\nlanguage: fr\n" + Source + Brief("a")).AssertClean();
        Assert.Equal("fr", french.Page("index.html").DocumentElement.GetAttribute("lang"));
        Assert.False(french.Page("index.html").DocumentElement.HasAttribute("dir"));
    }

    /// <summary>Browsers do not take the direction from lang: a site in Arabic or Hebrew must say it reads right to left.</summary>
    [Theory]
    [InlineData("ar", "rtl")]
    [InlineData("he-IL", "rtl")]
    [InlineData("fa", "rtl")]
    [InlineData("az-Arab", "rtl")]
    [InlineData("ku-Latn", null)]
    [InlineData("pt-BR", null)]
    public void A_language_written_right_to_left_sets_the_pages_direction(string language, string? direction)
    {
        var site = TestSite.Build($"-- content/site.yml --\ntitle: T\nlanguage: {language}\n" + Source + Brief("a")).AssertClean();
        foreach (var path in new[] { "index.html", "briefs/a/index.html", "404.html" })
            Assert.Equal(direction, site.Page(path).DocumentElement.GetAttribute("dir"));
    }
}
