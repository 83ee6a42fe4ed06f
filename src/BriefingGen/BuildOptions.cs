namespace BriefingGen;

/// <summary>What a build includes and how strict it is.</summary>
public sealed record BuildOptions
{
    /// <summary>Include briefs marked draft: true.</summary>
    public bool IncludeDrafts { get; init; }

    /// <summary>Warnings fail the build.</summary>
    public bool Strict { get; init; }

    /// <summary>Report claims in briefs, actors and events that cite nothing (BG3006); site.yml's `lint: citations` does the same.</summary>
    public bool LintCitations { get; init; }

    /// <summary>Overrides site.yml's base_url (used for feeds and absolute links in exports).</summary>
    public string? BaseUrl { get; init; }

    /// <summary>
    /// The build's time where a format needs one (iCalendar DTSTAMP): from SOURCE_DATE_EPOCH in the
    /// CLI. When null, the newest date in the content is used, so builds never read the clock.
    /// </summary>
    public DateTimeOffset? Timestamp { get; init; }

    /// <summary>How long one page may take to render before its template is reported (BG5001) and the rendering stops.</summary>
    public TimeSpan PageTimeLimit { get; init; } = DefaultPageTimeLimit;

    public static readonly TimeSpan DefaultPageTimeLimit = TimeSpan.FromSeconds(30);

    /// <summary>Told when each stage starts and as files are written, from any thread; for a progress line.</summary>
    public IProgress<BuildProgress>? Progress { get; init; }
}

/// <summary>The stage a build is in, and how many files it has written so far.</summary>
public readonly record struct BuildProgress(string Stage, int FilesWritten);
