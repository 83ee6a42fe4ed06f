using BriefingGen.Output;

namespace BriefingGen.Rendering.Templates;

/// <summary>
/// HTML we made (trusted like <see cref="TrustedHtml"/>) that is already UTF-8: written into a page
/// as the bytes it is, and made one string only when a theme asks for its text (<c>.html</c>, a
/// filter, a capture).
/// </summary>
public interface IUtf8Html
{
    void WriteTo(Utf8Output output);

    string Html { get; }
}
