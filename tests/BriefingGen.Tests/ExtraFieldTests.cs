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

    /// <summary>Unquoted true, false and numbers are what YAML says they are: "featured: false" tested in a theme is false.</summary>
    [Fact]
    public void Plain_booleans_and_numbers_reach_templates_as_such_and_quoted_values_or_zero_padded_codes_as_text()
    {
        const string template = """<p class="x">{{ if page.extra.off }}on{{ else }}off{{ end }}|{{ page.extra.n > 5 }}|{{ page.extra.n * 2 }}|{{ page.extra.f * 2 }}|{{ if page.extra.quoted == "false" }}text{{ end }}|{{ page.extra.code }}|{{ page.extra.big }}|{{ page.extra.list[0] == true }}</p>""";
        var files = Source + Brief("a", "extra:\n  off: false\n  n: 10\n  f: -2.5e1\n  quoted: \"false\"\n  code: 007\n  big: 123456789012345678901234567890\n  list: [TRUE]") +
            $"-- templates/brief.html --\n{template}\n";
        Assert.Equal("off|true|20|-50|text|007|123456789012345678901234567890|true", TestSite.Build(files).AssertClean().Page("briefs/a/index.html").QuerySelector("p.x")!.TextContent);
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
    [InlineData("AR-EG", "rtl")]
    [InlineData("ckb", "rtl")]
    [InlineData("pa-Arab-PK", "rtl")]
    [InlineData("zh-Hant-TW", null)]
    [InlineData("arn", null)]
    [InlineData("pt-BR", null)]
    public void A_language_written_right_to_left_sets_the_pages_direction(string language, string? direction)
    {
        var site = TestSite.Build($"-- content/site.yml --\ntitle: T\nlanguage: {language}\n" + Source + Brief("a")).AssertClean();
        foreach (var path in new[] { "index.html", "briefs/a/index.html", "404.html" })
            Assert.Equal(direction, site.Page(path).DocumentElement.GetAttribute("dir"));
    }
}
