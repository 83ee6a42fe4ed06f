using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using BriefingGen.Diagnostics;
using BriefingGen.Loading;
using BriefingGen.Output;
using BriefingGen.Rendering.Templates;

namespace BriefingGen.Tests.Infrastructure;

/// <summary>
/// Builds a whole site from one string, Hugo-style:
/// <code>
/// -- content/briefs/a.md --
/// ---
/// title: A
/// ---
/// Body
/// </code>
/// Files under content/ become content; files under templates/ replace built-in templates.
/// A minimal content/site.yml is added when the string has none.
/// </summary>
public sealed class TestSite
{
    private static readonly HtmlParser Parser = new();

    public required BuildResult Result { get; init; }

    public required MemoryOutput Output { get; init; }

    public IReadOnlyList<Diagnostic> Diagnostics => Result.Diagnostics;

    public static TestSite Build(string files, BuildOptions? options = null)
    {
        var (content, templates) = Split(files);
        var output = new MemoryOutput();
        var result = SiteBuilder.Build(new InMemoryContentSource(content), TemplateSet.Load(templates), output, options ?? new BuildOptions());
        var site = new TestSite { Result = result, Output = output };
        // Sites with test-specific templates are about those templates; the theme's own pages are always held to the oracle.
        if (templates.Count == 0)
        {
            var violations = site.HtmlPages.SelectMany(path => HtmlOracle.Violations(path, site.Page(path))).ToList();
            Assert.True(violations.Count == 0, "unsafe output:\n" + string.Join("\n", violations.Take(20)));
        }
        return site;
    }

    public static BuildResult Check(string files, BuildOptions? options = null) =>
        SiteBuilder.Check(new InMemoryContentSource(Split(files).Content), options ?? new BuildOptions());

    /// <summary>The parsed page at a site-relative path; fails the test when the page does not exist.</summary>
    public IDocument Page(string path)
    {
        Assert.True(Output.Files.ContainsKey(path), $"no page '{path}'; built: {string.Join(", ", Output.Files.Keys.Order().Take(40))}; diagnostics: {string.Join("; ", Diagnostics)}");
        return Parser.ParseDocument(Output.Text(path));
    }

    public bool Has(string path) => Output.Files.ContainsKey(path);

    public IEnumerable<string> HtmlPages => Output.Files.Keys.Where(p => p.EndsWith(".html", StringComparison.Ordinal)).Order(StringComparer.Ordinal);

    /// <summary>Asserts the build succeeded without any diagnostic and returns the site.</summary>
    public TestSite AssertClean()
    {
        Assert.True(Diagnostics.Count == 0, "unexpected diagnostics:\n" + string.Join("\n", Diagnostics));
        Assert.True(Result.Succeeded);
        return this;
    }

    public static (Dictionary<string, string> Content, Dictionary<string, string> Templates) Split(string files)
    {
        var content = new Dictionary<string, string>(StringComparer.Ordinal);
        var templates = new Dictionary<string, string>(StringComparer.Ordinal);
        string? current = null;
        var text = new List<string>();
        void Flush()
        {
            if (current is null) return;
            var body = string.Join("\n", text).TrimEnd('\n') + "\n";
            if (current.StartsWith("content/", StringComparison.Ordinal)) content[current["content/".Length..]] = body;
            else if (current.StartsWith("templates/", StringComparison.Ordinal)) templates[current["templates/".Length..]] = body;
            else throw new ArgumentException($"test file '{current}' must be under content/ or templates/");
        }
        foreach (var line in files.Replace("\r\n", "\n").Split('\n'))
        {
            if (line.StartsWith("-- ", StringComparison.Ordinal) && line.EndsWith(" --", StringComparison.Ordinal) && line.Length > 6)
            {
                Flush();
                current = line[3..^3].Trim();
                text.Clear();
            }
            else if (current is not null)
            {
                text.Add(line);
            }
        }
        Flush();
        content.TryAdd("site.yml", "title: Test Briefings\n");
        return (content, templates);
    }
}
