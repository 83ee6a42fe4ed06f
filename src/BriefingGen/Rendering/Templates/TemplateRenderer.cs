using BriefingGen.Diagnostics;
using Scriban;
using Scriban.Functions;
using Scriban.Runtime;
using Scriban.Syntax;

namespace BriefingGen.Rendering.Templates;

/// <summary>
/// Renders one page: its template, then the layout around it. Each page gets a fresh context, so
/// pages render in parallel; the parsed templates and the builtin functions are shared read-only.
/// </summary>
public sealed class TemplateRenderer(TemplateSet templates)
{
    public const string LayoutTemplate = "layout";

    /// <summary>Scriban's builtins without the clock and the random generator, which would make builds differ.</summary>
    private static readonly ScriptObject Builtins = CreateBuiltins();

    private static ScriptObject CreateBuiltins()
    {
        var builtins = new BuiltinFunctions();
        ((ScriptObject)builtins["date"]!).Remove("now");
        ((ScriptObject)builtins["math"]!).Remove("random");
        return builtins;
    }

    /// <summary>The finished page, or null when a template failed (reported as BG5001 at the template's line).</summary>
    public string? Render(string templateName, IReadOnlyDictionary<string, object?> variables, DiagnosticBag diagnostics)
    {
        var globals = new ScriptObject();
        foreach (var (name, value) in variables) globals.SetValue(name, value, readOnly: false);
        var context = new EscapingTemplateContext(Builtins);
        context.PushGlobal(globals);
        try
        {
            foreach (var partial in templates.Partials) templates[partial].Render(context);
            var body = templates[templateName].Render(context);
            globals.SetValue("content", new TrustedHtml(body), readOnly: true);
            return templates[LayoutTemplate].Render(context);
        }
        catch (ScriptRuntimeException e)
        {
            diagnostics.Report(DiagnosticCodes.TemplateError,
                new SourceLocation(e.Span.FileName ?? templateName, e.Span.Start.Line + 1, e.Span.Start.Column + 1), e.OriginalMessage);
            return null;
        }
    }
}
