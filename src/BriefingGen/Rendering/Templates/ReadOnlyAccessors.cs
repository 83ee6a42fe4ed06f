using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace BriefingGen.Rendering.Templates;

/// <summary>
/// The site's data as templates see it: readable, never writable. Pages render in parallel from one
/// shared model, so a template that assigned into it ("page.authors[0] = x") changed other pages
/// mid-render (a different site on each build, or a crash). A template's own variables stay writable.
/// </summary>
internal static class ReadOnlyAccessors
{
    public static ScriptRuntimeException Refused(SourceSpan span, object target) =>
        new(span, $"a template cannot change the site's data (this {target.GetType().Name}); copy what you need into a variable of your own");

    public static ScriptRuntimeException RefusedBuiltin(SourceSpan span, object target) =>
        new(span, "a template cannot add to or change the engine's builtin functions (html, string, date, …), which every page shares; keep the value in a variable of your own");

    public sealed class Members(IObjectAccessor inner, Func<SourceSpan, object, ScriptRuntimeException>? refused = null) : IObjectAccessor
    {
        public int GetMemberCount(TemplateContext context, SourceSpan span, object target) => inner.GetMemberCount(context, span, target);
        public IEnumerable<string> GetMembers(TemplateContext context, SourceSpan span, object target) => inner.GetMembers(context, span, target);
        public bool HasMember(TemplateContext context, SourceSpan span, object target, string member) => inner.HasMember(context, span, target, member);
        public bool TryGetValue(TemplateContext context, SourceSpan span, object target, string member, out object? value) => inner.TryGetValue(context, span, target, member, out value);
        public bool TryGetItem(TemplateContext context, SourceSpan span, object target, object index, out object? value) => inner.TryGetItem(context, span, target, index, out value);
        public bool TrySetValue(TemplateContext context, SourceSpan span, object target, string member, object? value) => throw (refused ?? Refused)(span, target);
        public bool TrySetItem(TemplateContext context, SourceSpan span, object target, object index, object? value) => throw (refused ?? Refused)(span, target);
        public bool HasIndexer => inner.HasIndexer;
        public Type? IndexType => inner.IndexType;
    }

    public sealed class Items(IListAccessor inner) : IListAccessor
    {
        public int GetLength(TemplateContext context, SourceSpan span, object target) => inner.GetLength(context, span, target);
        public object? GetValue(TemplateContext context, SourceSpan span, object target, int index) => inner.GetValue(context, span, target, index);
        public void SetValue(TemplateContext context, SourceSpan span, object target, int index, object? value) => throw Refused(span, target);
    }

    /// <summary>Scriban's own values, made by the template itself (its variables, arrays and objects).</summary>
    public static bool MadeByTemplate(object target) => target is IScriptObject or ScriptArray;
}
