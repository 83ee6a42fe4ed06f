using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;
using BriefingGen.Diagnostics;
using BriefingGen.Output;
using Scriban;
using Scriban.Functions;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace BriefingGen.Rendering.Templates;

/// <summary>Receives a rendered page; the bytes are valid only during the call.</summary>
public delegate void PageWriter(string path, ReadOnlySpan<byte> bytes);

/// <summary>
/// Renders one page: its template, then the layout around it. Pages render in parallel: each
/// thread reuses one context, reset between pages (a context costs more to make than a small page
/// to render); the parsed templates, the builtin functions and the member accessors are shared
/// read-only.
/// </summary>
public sealed class TemplateRenderer : IDisposable
{
    public const string LayoutTemplate = "layout";

    /// <summary>Bytes past which a page's buffers are let go once it is written, not kept for the thread's next page.</summary>
    private const int LargePage = 1 << 20;

    /// <summary>
    /// Scriban's builtins without the clock and the random generator, which would make builds differ,
    /// and without the functions that evaluate a string as a template.
    /// </summary>
    private static readonly ScriptObject Builtins = CreateBuiltins();

    private readonly TemplateSet _templates;
    /// <summary>The leading partials that only define functions: defined once per context, not before every page.</summary>
    private readonly IReadOnlyList<string> _definitions;
    /// <summary>The partials after those: they may compute from the page, so they run before each one.</summary>
    private readonly IReadOnlyList<string> _perPage;
    private readonly ConcurrentDictionary<Type, IObjectAccessor?> _accessors = new();
    /// <summary>Each template error once, with how many pages it failed and the first of them in path order.</summary>
    private readonly ConcurrentDictionary<(SourceLocation At, string Message), (string FirstPage, int Pages)> _failures = new();
    /// <summary>The thread's context; null until its first page, and again after a page failed.</summary>
    private readonly ThreadLocal<EscapingTemplateContext?> _contexts = new();
    /// <summary>The thread's outputs for a page's own template and for the layout around it.</summary>
    private readonly ThreadLocal<(Utf8Output Page, Utf8Output Layout)> _outputs = new(() => (new Utf8Output(), new Utf8Output()));
    /// <summary>The thread's clock for a page's time limit; replaced once it has run out.</summary>
    private readonly ThreadLocal<CancellationTokenSource?> _deadlines = new(trackAllValues: true);
    private readonly TimeSpan _pageTimeLimit;

    /// <param name="pageTimeLimit">How long one page may take to render: a theme's function that recursed
    /// as fib does ran a build, and serve's rebuilds, for minutes with nothing said.</param>
    public TemplateRenderer(TemplateSet templates, TimeSpan? pageTimeLimit = null)
    {
        _templates = templates;
        _pageTimeLimit = pageTimeLimit ?? BuildOptions.DefaultPageTimeLimit;
        // Only a leading run: a definition after a partial that runs per page must still replace what that one set.
        var definitions = templates.Partials.TakeWhile(p => DefinesOnly(templates[p])).Count();
        _definitions = templates.Partials.Take(definitions).ToList();
        _perPage = templates.Partials.Skip(definitions).ToList();
    }

    /// <summary>
    /// A context whose bottom scope, the one Reset keeps, holds the builtins and the functions the
    /// theme's leading partials define: a function looks its variables up when called, so one
    /// definition serves every page, and a page's own variables shadow it without changing it.
    /// </summary>
    private EscapingTemplateContext NewContext()
    {
        var context = new EscapingTemplateContext((ScriptObject)Builtins.Clone(deep: false), _accessors);
        foreach (var partial in _definitions) _templates[partial].Render(context);
        return context;
    }

    /// <summary>Function definitions and text only; the text of a partial is never shown (its output is dropped).</summary>
    private static bool DefinesOnly(Template partial) =>
        partial.Page?.Body?.Statements.All(s => s is ScriptFunction or ScriptRawStatement or ScriptEscapeStatement) ?? true;

    private const DynamicallyAccessedMemberTypes BuiltinMembers = DynamicallyAccessedMemberTypes.PublicMethods | DynamicallyAccessedMemberTypes.PublicProperties;
    private const DynamicallyAccessedMemberTypes ValueMembers = DynamicallyAccessedMemberTypes.PublicProperties | DynamicallyAccessedMemberTypes.PublicFields;

    // Scriban finds its builtin functions, and templates the members of the dates and time spans
    // they return (date.parse, timespan.from_days), by reflection: the native CLI keeps them only
    // when told. Without this it lacked date.parse, string.slice, object.has_key and timespan.zero.
    [DynamicDependency(BuiltinMembers, typeof(ArrayFunctions))]
    [DynamicDependency(BuiltinMembers, typeof(DateTimeFunctions))]
    [DynamicDependency(BuiltinMembers, typeof(HtmlFunctions))]
    [DynamicDependency(BuiltinMembers, typeof(MathFunctions))]
    [DynamicDependency(BuiltinMembers, typeof(ObjectFunctions))]
    [DynamicDependency(BuiltinMembers, typeof(RegexFunctions))]
    [DynamicDependency(BuiltinMembers, typeof(StringFunctions))]
    [DynamicDependency(BuiltinMembers, typeof(TimeSpanFunctions))]
    [UnconditionalSuppressMessage("Trimming", "IL2026", Justification = "The public methods kept include those the function classes inherit from ScriptObject, such as From, which reflect over what they are given; no template can call them.")]
    [DynamicDependency(ValueMembers, typeof(DateTime))]
    [DynamicDependency(ValueMembers, typeof(TimeSpan))]
    [DynamicDependency(ValueMembers, typeof(DateTimeOffset))]
    private static ScriptObject CreateBuiltins()
    {
        var builtins = new BuiltinFunctions();
        // Only removed, date.now would read as nothing (builtins are lenient maps), so it is replaced by
        // an error that tells the theme author why; Import alone does not replace the read-only builtin.
        // So are date.parse, which reads today's date into a time alone and the machine's zone into every
        // date, and math.uuid, new each run.
        var date = (ScriptObject)builtins["date"]!;
        Refuse(date, "now", "date.now is not available: a build must come out the same whenever it runs; use a date from the content");
        Refuse(date, "parse", "date.parse is not available: it reads the machine's time zone and today's date, so a build would not come out the same wherever and whenever it runs; use a date's iso or display");
        var math = (ScriptObject)builtins["math"]!;
        math.Remove("random");
        Refuse(math, "uuid", "math.uuid is not available: a build must come out the same every time it runs; make an id from the page's path or a document's id");
        // Every value printed is escaped already; escaped once more by html.escape, a title showed "&amp;#39;".
        // The function stays (themes written for other engines call it) and escapes once: its result is trusted.
        var html = (ScriptObject)builtins["html"]!;
        html.Remove("escape");
        html.SetValue("escape", new TemplateFunction(1, typeof(TrustedHtml), (_, arguments) => new TrustedHtml(Html.Escape(arguments[0]?.ToString() ?? ""))), readOnly: false);
        // These would run a text, a contributor's title as much as any, as a template of the theme.
        var objects = (ScriptObject)builtins["object"]!;
        objects.Remove("eval");
        objects.Remove("eval_template");
        // Shared by every context of every build in the process: "html.x = 1" on one page would reach
        // pages rendering beside it and later builds (serve), and its count would differ run to run.
        foreach (var member in builtins.Values.OfType<ScriptObject>()) member.IsReadOnly = true;
        return builtins;
    }

    private static void Refuse(ScriptObject builtin, string name, string why)
    {
        builtin.Remove(name);
        builtin.SetValue(name, TemplateFunction.Refused(why), readOnly: false);
    }

    /// <summary>A page that failed after this long (a runaway loop, a regex at its time limit) stops the rendering: every page would take as long, and the build fails anyway.</summary>
    private static readonly TimeSpan CostlyFailure = TimeSpan.FromSeconds(1);

    /// <summary>The failure that stopped the rendering; null while pages render.</summary>
    private volatile Stop? _stoppedBy;

    private sealed record Stop(SourceLocation At, string Message, TimeSpan Took);

    /// <summary>
    /// Renders a page and hands it, as UTF-8, to write; a page whose template fails is not written,
    /// and the failure is kept for <see cref="ReportFailures"/>. The bytes are the thread's own
    /// buffer, valid only during the call.
    /// </summary>
    public void Render(string templateName, IReadOnlyDictionary<string, object?> variables, string path, PageWriter write)
    {
        if (_stoppedBy is not null) return;
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        var globals = new ScriptObject(variables.Count + 1);
        foreach (var (name, value) in variables) globals.SetValue(name, value, readOnly: false);
        var (page, layout) = _outputs.Value;
        try
        {
            // Made here, inside the guard: a theme's partial that defines a function can fail too
            // (one named like a builtin, 'func date'), and is then reported like any template error.
            var context = _contexts.Value ??= NewContext();
            var deadline = _deadlines.Value ??= new CancellationTokenSource();
            deadline.CancelAfter(_pageTimeLimit);
            context.CancellationToken = deadline.Token;
            context.PushGlobal(globals);
            foreach (var partial in _perPage) _templates[partial].Render(context);
            // The page's template and then the layout each write into an output of their own that
            // encodes as it goes; the layout copies the page's bytes where it writes `content`.
            context.PushOutput(page);
            Evaluate(context, _templates[templateName].Page);
            context.PopOutput();
            globals.SetValue("content", new PageContent(page), readOnly: true);
            context.PushOutput(layout);
            Evaluate(context, _templates[LayoutTemplate].Page);
            context.PopOutput();
            write(path, layout.Written);
            context.Reset();
        }
        catch (ScriptRuntimeException e)
        {
            // A failed render can leave scopes open; the thread's next page gets a fresh context.
            _contexts.Value = null;
            var at = new SourceLocation(e.Span.FileName ?? templateName, e.Span.Start.Line + 1, e.Span.Start.Column + 1);
            var message = e is ScriptAbortException
                ? string.Create(System.Globalization.CultureInfo.InvariantCulture,
                    $"the page was still rendering here after {_pageTimeLimit.TotalSeconds:0.#} s; a function of the theme recurses or a loop runs far longer than a page needs")
                : e.OriginalMessage;
            _failures.AddOrUpdate((at, message), (path, 1),
                (_, known) => (string.CompareOrdinal(path, known.FirstPage) < 0 ? path : known.FirstPage, known.Pages + 1));
            if (System.Diagnostics.Stopwatch.GetElapsedTime(started) is var took && took >= CostlyFailure)
                _stoppedBy ??= new Stop(at, message, took);
        }
        finally
        {
            if (_deadlines.Value is { } deadline && !deadline.TryReset())
            {
                deadline.Dispose();
                _deadlines.Value = null;
            }
            // Outputs that grew for a list page of a large site would keep megabytes on each thread
            // that ever rendered one, for the rest of the build.
            if (layout.Capacity > LargePage || page.Capacity > LargePage) _outputs.Value = (new Utf8Output(), new Utf8Output());
            page.Clear();
            layout.Clear();
        }
    }

    /// <summary>
    /// Each template error as BG5001 at the template's line, once however many pages it failed,
    /// naming the page (the first in path order, so every run says the same): a template may fail
    /// only on pages whose content lacks something it assumes.
    /// </summary>
    public void ReportFailures(DiagnosticBag diagnostics)
    {
        foreach (var ((at, message), (first, pages)) in _failures)
        {
            var stopped = _stoppedBy is { } stop && stop.At == at && stop.Message == message
                ? string.Create(System.Globalization.CultureInfo.InvariantCulture, $"; the page took {stop.Took.TotalSeconds:0.0} s to fail, so no more pages were rendered")
                : "";
            diagnostics.Report(DiagnosticCodes.TemplateError, at,
                pages == 1 ? $"{message} (rendering {first}{stopped})" : $"{message} (rendering {first} and {pages - 1} other page{(pages == 2 ? "" : "s")}{stopped})");
        }
    }

    private static void Evaluate(TemplateContext context, ScriptPage? template)
    {
        if (template is not null && context.Evaluate(template) is { } value) context.Write(template.Span, value);
    }

    public void Dispose()
    {
        _contexts.Dispose();
        foreach (var deadline in _deadlines.Values) deadline?.Dispose();
        _deadlines.Dispose();
        _outputs.Dispose();
    }
}
