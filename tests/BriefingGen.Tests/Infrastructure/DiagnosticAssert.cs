using BriefingGen.Diagnostics;

namespace BriefingGen.Tests.Infrastructure;

public static class DiagnosticAssert
{
    /// <summary>Asserts a diagnostic with this code exists at exactly "file:line:col" and returns it.</summary>
    public static Diagnostic At(IEnumerable<Diagnostic> diagnostics, string code, string location)
    {
        var list = diagnostics.ToList();
        var match = list.FirstOrDefault(d => d.Code == code && d.Location.ToString() == location);
        Assert.True(match is not null, $"expected {code} at {location}; got:\n{string.Join("\n", list)}");
        return match!;
    }

    public static void None(IEnumerable<Diagnostic> diagnostics, string code)
    {
        var found = diagnostics.Where(d => d.Code == code).ToList();
        Assert.True(found.Count == 0, $"expected no {code}; got:\n{string.Join("\n", found)}");
    }
}
