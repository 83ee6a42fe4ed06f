using System.Collections.Concurrent;
using BriefingGen.Diagnostics;
using Scriban;
using Scriban.Functions;
using Scriban.Runtime;
using Scriban.Syntax;

namespace BriefingGen.Rendering.Templates;

/// <summary>
/// Renders one page: its template, then the layout around it. Pages render in parallel: each
/// thread reuses one context, reset between pages (a context costs more to make than a small page
/// to render); the parsed templates, the builtin functions and the member accessors are shared
/// read-only.
/// </summary>
public sealed class TemplateRenderer : IDisposable
{
    public const string LayoutTemplate = "layout";

    /// <summary>Scriban's builtins without the clock and the random generator, which would make builds differ.</summary>
    private static readonly ScriptObject Builtins = CreateBuiltins();

    private readonly TemplateSet _templates;
    private readonly ConcurrentDictionary<Type, IObjectAccessor?> _accessors = new();
    private readonly ThreadLocal<EscapingTemplateContext> _contexts;

    public TemplateRenderer(TemplateSet templates)
    {
        _templates = templates;
        _contexts = new ThreadLocal<EscapingTemplateContext>(() => new EscapingTemplateContext(Builtins, _accessors));
    }

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
        var globals = new ScriptObject(variables.Count + 1);
        foreach (var (name, value) in variables) globals.SetValue(name, value, readOnly: false);
        var context = _contexts.Value!;
        context.PushGlobal(globals);
        try
        {
            foreach (var partial in _templates.Partials) _templates[partial].Render(context);
            var body = _templates[templateName].Render(context);
            globals.SetValue("content", new TrustedHtml(body), readOnly: true);
            var page = _templates[LayoutTemplate].Render(context);
            context.Reset();
            return page;
        }
        catch (ScriptRuntimeException e)
        {
            // A failed render can leave scopes open; the thread's next page gets a fresh context.
            _contexts.Value = new EscapingTemplateContext(Builtins, _accessors);
            diagnostics.Report(DiagnosticCodes.TemplateError,
                new SourceLocation(e.Span.FileName ?? templateName, e.Span.Start.Line + 1, e.Span.Start.Column + 1), e.OriginalMessage);
            return null;
        }
    }

    public void Dispose() => _contexts.Dispose();
}
