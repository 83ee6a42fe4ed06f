namespace BriefingGen.Diagnostics;

/// <summary>A stable diagnostic code and its default severity; codes never change meaning once published.</summary>
public sealed record DiagnosticCode(string Id, Severity DefaultSeverity, string Title);
