using System.Collections.Concurrent;
using BriefingGen.Output;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace BriefingGen.Rendering.Templates;

/// <summary>
/// Escaping by construction: every value a template prints is HTML-escaped unless it is
/// <see cref="TrustedHtml"/>. Template text itself is written as is. The string-length limit,
/// which would silently cut output, is lifted; a loop may run a million times, far past any
/// site's lists, so one that never ends fails at its line instead of hanging the build. A
/// misspelled variable is an error.
/// </summary>
public sealed class EscapingTemplateContext : TemplateContext
{
    private readonly ConcurrentDictionary<Type, IObjectAccessor?> _sharedAccessors;

    /// <param name="sharedAccessors">
    /// Member accessors by type, shared by the contexts of one build: Scriban builds them by
    /// reflection, and once per context would be once per page.
    /// </param>
    public EscapingTemplateContext(ScriptObject builtins, ConcurrentDictionary<Type, IObjectAccessor?> sharedAccessors) : base(builtins)
    {
        _sharedAccessors = sharedAccessors;
        StrictVariables = true;
        LoopLimit = 1_000_000;
        // Scriban's default is 10 s a match; a page's text is small, and a regex that takes longer is a runaway one.
        RegexTimeOut = TimeSpan.FromSeconds(1);
        LimitToString = 0;
        RecursiveLimit = 50;
        MemberRenamer = StandardMemberRenamer.Default;
        TryGetMember = RefuseUnknownMember;
        TemplateLoader = NoIncludes.Instance;
    }

    /// <summary>
    /// `include` returns a template's output as a string, which this context would print escaped,
    /// as text; without a loader Scriban's own message speaks of its internals. A theme shares markup
    /// through the functions of its partials instead, and the error says so where `include` is written.
    /// </summary>
    private sealed class NoIncludes : ITemplateLoader
    {
        public static readonly NoIncludes Instance = new();

        public string GetPath(TemplateContext context, SourceSpan callerSpan, string templateName) =>
            throw new ScriptRuntimeException(callerSpan, $"include '{templateName}' is not supported: its output would be shown as escaped text; " +
                "define the markup as a function in a partial (a template whose name starts with '_', such as _macros.html) and call it");

        public string Load(TemplateContext context, SourceSpan callerSpan, string templatePath) => throw new NotSupportedException();

        public ValueTask<string?> LoadAsync(TemplateContext context, SourceSpan callerSpan, string templatePath) => throw new NotSupportedException();
    }

    /// <summary>
    /// A misspelled member of one of our view records ("page.brief.titel") is a template error,
    /// not an empty string, with the member meant or the ones there are. Maps (extra:, site config
    /// extras) stay lenient: their keys are optional data.
    /// </summary>
    private static bool RefuseUnknownMember(TemplateContext context, SourceSpan span, object target, string member, out object value)
    {
        if (target is System.Collections.IDictionary or IScriptObject)
        {
            value = null!;
            return false;
        }
        var members = context.GetMemberAccessor(target).GetMembers(context, span, target).Order(StringComparer.Ordinal).ToList();
        // Of a text or a number, the members are .NET's, no help to a theme author.
        var hint = Diagnostics.Suggestions.Closest(member, members) is { } close ? $"; did you mean '{close}'?"
            : target.GetType().Assembly == typeof(EscapingTemplateContext).Assembly ? $"; its members are {string.Join(", ", members)}" : "";
        throw new ScriptRuntimeException(span, $"'{member}' is not a member of {target.GetType().Name}{hint}");
    }

    // Accessors depend only on the type (and on the renamer and filter, the same for every context here).
    protected override IObjectAccessor? GetMemberAccessorImpl(object target) =>
        _sharedAccessors.TryGetValue(target.GetType(), out var accessor)
            ? accessor
            : _sharedAccessors.GetOrAdd(target.GetType(), ReadOnly(target, base.GetMemberAccessorImpl(target)));

    private static IObjectAccessor? ReadOnly(object target, IObjectAccessor? accessor) =>
        accessor is null ? null
        // Scriban's builtin objects (html, string, date, …) are types of their own, shared by every page of every build.
        : target is ScriptObject { IsReadOnly: true } && target.GetType() != typeof(ScriptObject) ? new ReadOnlyAccessors.Members(accessor, ReadOnlyAccessors.RefusedBuiltin)
        : ReadOnlyAccessors.MadeByTemplate(target) ? accessor : new ReadOnlyAccessors.Members(accessor);

    protected override IListAccessor GetListAccessorImpl(object target, Type type) =>
        base.GetListAccessorImpl(target, type) is var accessor && (accessor is null || ReadOnlyAccessors.MadeByTemplate(target)) ? accessor! : new ReadOnlyAccessors.Items(accessor);

    public override TemplateContext Write(SourceSpan span, object? textAsObject)
    {
        switch (textAsObject)
        {
            case null:
                return this;
            case TrustedHtml html:
                Write(html.Html);
                return this;
            case IUtf8Html html when Output is Utf8Output output:
                html.WriteTo(output);
                return this;
            case IUtf8Html html:
                Write(html.Html);
                return this;
            // What a capture block wrote: the theme's markup, with every value in it escaped as it was written.
            // Escaped again, a title's '&' showed as "&amp;amp;" and its markup as text.
            case IScriptOutput captured:
                Write(captured.ToString()!);
                return this;
            default:
                Write(Html.Escape(ObjectToString(textAsObject)));
                return this;
        }
    }
}
