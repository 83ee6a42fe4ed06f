using System.Text;
using BriefingGen.Output;

namespace BriefingGen.Rendering.Templates;

/// <summary>What a page's template rendered, as the layout's <c>content</c>.</summary>
public sealed class PageContent(Utf8Output rendered) : IUtf8Html
{
    public void WriteTo(Utf8Output output) => output.Append(rendered.Written);

    public string Html => Encoding.UTF8.GetString(rendered.Written);

    public override string ToString() => Html;
}
