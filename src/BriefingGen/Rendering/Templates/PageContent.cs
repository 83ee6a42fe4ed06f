using System.Text;

namespace BriefingGen.Rendering.Templates;

/// <summary>
/// What a page's template rendered, as the layout's <c>content</c>: trusted like
/// <see cref="TrustedHtml"/>, and copied into the layout as the bytes it already is, never made
/// one string unless a theme asks for its text (<c>content.html</c>, a filter, a capture).
/// </summary>
public sealed class PageContent(Utf8Output rendered)
{
    internal ReadOnlySpan<byte> Utf8 => rendered.Written;

    public string Html => Encoding.UTF8.GetString(rendered.Written);

    public override string ToString() => Html;
}
