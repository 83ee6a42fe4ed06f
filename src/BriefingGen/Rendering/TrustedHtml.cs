namespace BriefingGen.Rendering;

/// <summary>
/// HTML that BriefingGen produced itself (rendered Markdown, formatted citations, the SVG timeline).
/// The only kind of value templates write without escaping.
/// </summary>
public sealed record TrustedHtml(string Html)
{
    public static TrustedHtml Empty { get; } = new("");

    public override string ToString() => Html;
}
