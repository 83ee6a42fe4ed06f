namespace BriefingGen.Rendering.Pages;

/// <summary>
/// One page to render: where it goes, with which template, and how to build its model. The model
/// is built only when the page renders, from the relative root of the page's folder.
/// </summary>
public sealed record PageSpec(string OutputPath, string Template, string Title, string Section, Func<string, object> Model, string? Description = null)
{
    /// <summary>Extra meta elements for the page's head (the citation meta of a brief).</summary>
    public IReadOnlyList<Citing.MetaTag> Meta { get; init; } = [];

    /// <summary>"../../" for "briefs/x/index.html": the way back to the site root, so links never depend on the host.</summary>
    public string Root => string.Concat(Enumerable.Repeat("../", OutputPath.Count(c => c == '/')));
}
