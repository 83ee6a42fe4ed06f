namespace BriefingGen.Diagnostics;

public enum Severity
{
    Warning,
    Error,
}
