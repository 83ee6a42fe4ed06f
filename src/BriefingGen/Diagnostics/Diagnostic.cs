namespace BriefingGen.Diagnostics;

/// <summary>One problem found in the content, with the exact place a contributor must fix.</summary>
public sealed record Diagnostic(SourceLocation Location, Severity Severity, string Code, string Message)
{
    public string Format(string pathPrefix = "") =>
        $"{pathPrefix}{Location}: {(Severity == Severity.Error ? "error" : "warning")} {Code}: {Message}";

    public override string ToString() => Format();
}
