using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace BriefingGen.Rendering.Templates;

/// <summary>
/// A builtin function of ours, called directly. Scriban's Import of a delegate reads the delegate's
/// method by reflection, which the native (ahead-of-time compiled) CLI cannot rely on.
/// </summary>
internal sealed class TemplateFunction(int parameterCount, Type returnType, Func<SourceSpan, ScriptArray, object?> invoke, int? requiredParameterCount = null) : IScriptCustomFunction
{
    /// <summary>A builtin taken away, with why: called with any of its arguments (up to three), it fails with the message.</summary>
    public static TemplateFunction Refused(string message) => new(3, typeof(object), (span, _) => throw new ScriptRuntimeException(span, message), requiredParameterCount: 0);

    public int RequiredParameterCount => requiredParameterCount ?? parameterCount;
    public int ParameterCount => parameterCount;
    public ScriptVarParamKind VarParamKind => ScriptVarParamKind.None;
    public Type ReturnType => returnType;

    public ScriptParameterInfo GetParameterInfo(int index) => new(typeof(object), $"arg{index}");

    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        invoke(callerContext?.Span ?? context.CurrentSpan, arguments);

    public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        new(Invoke(context, callerContext, arguments, blockStatement));
}
