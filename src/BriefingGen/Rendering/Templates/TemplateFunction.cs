using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace BriefingGen.Rendering.Templates;

/// <summary>
/// A builtin function of ours, called directly. Scriban's Import of a delegate reads the delegate's
/// method by reflection, which the native (ahead-of-time compiled) CLI cannot rely on.
/// </summary>
internal sealed class TemplateFunction(int parameterCount, Type returnType, Func<SourceSpan, ScriptArray, object?> invoke) : IScriptCustomFunction
{
    public int RequiredParameterCount => parameterCount;
    public int ParameterCount => parameterCount;
    public ScriptVarParamKind VarParamKind => ScriptVarParamKind.None;
    public Type ReturnType => returnType;

    public ScriptParameterInfo GetParameterInfo(int index) => new(typeof(object), $"arg{index}");

    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        invoke(callerContext?.Span ?? context.CurrentSpan, arguments);

    public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        new(Invoke(context, callerContext, arguments, blockStatement));
}
