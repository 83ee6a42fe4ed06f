namespace BriefingGen.BrowserTests;

/// <summary>
/// A test that needs Chromium: skipped, with the install command as the reason, where it is not
/// installed, unless BRIEFINGGEN_REQUIRE_BROWSER=1 (set by CI), where a missing browser fails it.
/// </summary>
public sealed class BrowserFactAttribute : FactAttribute
{
    public const string Chromium = "/usr/bin/chromium";
    public const string InstallCommand = "apt-get install -y chromium";

    public static bool Required => Environment.GetEnvironmentVariable("BRIEFINGGEN_REQUIRE_BROWSER") == "1";

    public BrowserFactAttribute()
    {
        if (!File.Exists(Chromium) && !Required)
            Skip = $"Chromium is not installed at {Chromium}; install it with `{InstallCommand}` (BRIEFINGGEN_REQUIRE_BROWSER=1 makes this a failure)";
    }
}
