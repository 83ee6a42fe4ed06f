using Scriban.Syntax;

namespace BriefingGen.Rendering.Templates;

/// <summary>
/// Whether a layout prints the page's own output: a statement whose value is <c>content</c>,
/// anywhere in the template. Read from the parsed template, not its text, so <c>{{ # content }}</c>
/// or <c>{{ x = content }}</c>, which print nothing, do not pass for it. (Piped through a string
/// function, it would come out as text, escaped like any other.)
/// </summary>
internal sealed class PrintsContent : ScriptVisitor
{
    private bool _found;

    public static bool In(ScriptPage layout)
    {
        var visitor = new PrintsContent();
        visitor.Visit(layout);
        return visitor._found;
    }

    public override void Visit(ScriptExpressionStatement node)
    {
        _found |= IsContent(node.Expression);
        base.Visit(node);
    }

    private static bool IsContent(ScriptExpression? expression) => expression switch
    {
        ScriptVariable variable => variable.Name == "content",
        ScriptNestedExpression nested => IsContent(nested.Expression),
        _ => false,
    };
}
