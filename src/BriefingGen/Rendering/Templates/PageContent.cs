using System.Text;

namespace BriefingGen.Rendering.Templates;

/// <summary>
/// What a page's template rendered, as the layout's <c>content</c>: trusted like
/// <see cref="TrustedHtml"/>, and copied into the layout block by block, never made one string
/// unless a theme asks for its text (<c>content.html</c>, or a filter).
/// </summary>
public sealed class PageContent(StringBuilder text)
{
    internal StringBuilder Text => text;

    public string Html => text.ToString();

    public override string ToString() => Html;
}
