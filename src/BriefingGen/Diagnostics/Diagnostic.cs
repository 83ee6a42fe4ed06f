namespace BriefingGen.Diagnostics;

/// <summary>One problem found in the content, with the exact place a contributor must fix.</summary>
public sealed record Diagnostic(SourceLocation Location, Severity Severity, string Code, string Message)
{
    /// <summary>"error" or "warning", as printed and as GitHub's annotation commands name them.</summary>
    public string Level => Severity == Severity.Error ? "error" : "warning";

    /// <summary>How many more problems of this code the same file has, found after this one and not kept (<see cref="DiagnosticBag.KeptPerFileAndCode"/>).</summary>
    public int Repeats { get; init; }

    public string Format(string pathPrefix = "") =>
        $"{pathPrefix}{Location}: {Level} {Code}: {Message}";

    public override string ToString() => Format();
}
