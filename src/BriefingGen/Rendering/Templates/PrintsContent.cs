using Scriban.Syntax;

namespace BriefingGen.Rendering.Templates;

/// <summary>
/// Whether a layout prints the page's own output: a statement that prints a value made with
/// <c>content</c> (<c>{{ content }}</c>, or a function of the theme given it, <c>{{ shell content }}</c>),
/// anywhere in the template. Read from the parsed template, not its text, so <c>{{ # content }}</c>
/// or <c>{{ x = content }}</c>, which print nothing, do not pass for it.
/// </summary>
internal sealed class PrintsContent : ScriptVisitor
{
    private bool _printing;
    private bool _found;

    public static bool In(ScriptPage layout)
    {
        var visitor = new PrintsContent();
        visitor.Visit(layout);
        return visitor._found;
    }

    public override void Visit(ScriptExpressionStatement node)
    {
        // An assignment's value is kept, not printed.
        var outer = _printing;
        _printing = node.Expression is not ScriptAssignExpression;
        base.Visit(node);
        _printing = outer;
    }

    /// <summary>Of 'm.content', only 'm' is a variable: the member is a name (the theme's meta loop printed m.content, and passed).</summary>
    public override void Visit(ScriptMemberExpression node) => Visit(node.Target);

    public override void Visit(ScriptVariableGlobal node)
    {
        _found |= _printing && node.Name == "content";
        base.Visit(node);
    }
}
