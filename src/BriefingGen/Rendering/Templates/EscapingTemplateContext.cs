using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;

namespace BriefingGen.Rendering.Templates;

/// <summary>
/// Escaping by construction: every value a template prints is HTML-escaped unless it is
/// <see cref="TrustedHtml"/>. Template text itself is written as is. Limits that would silently
/// cut output (loop count, string length) are lifted, and a misspelled variable is an error.
/// </summary>
public sealed class EscapingTemplateContext : TemplateContext
{
    public EscapingTemplateContext(ScriptObject builtins) : base(builtins)
    {
        StrictVariables = true;
        LoopLimit = int.MaxValue;
        LimitToString = 0;
        RecursiveLimit = 50;
        MemberRenamer = StandardMemberRenamer.Default;
    }

    public override TemplateContext Write(SourceSpan span, object? textAsObject)
    {
        switch (textAsObject)
        {
            case null:
                return this;
            case TrustedHtml html:
                Write(html.Html);
                return this;
            default:
                Write(Html.Escape(ObjectToString(textAsObject)));
                return this;
        }
    }
}
