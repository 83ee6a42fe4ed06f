using System.Globalization;
using System.Text;
using BriefingGen.Diagnostics;
using BriefingGen.Graph;

namespace BriefingGen.Cli;

/// <summary>
/// Prints a run's problems for people ("path:line:col: error CODE: message") or for GitHub
/// Actions (annotations on the pull request, and a summary table for the job page). The report
/// (problems, counts, coverage, what was built) goes to stdout, so `check > report.txt` keeps it;
/// usage errors, progress and timings go to stderr.
/// </summary>
public sealed class DiagnosticPrinter(string format, TextWriter stdout, TextWriter stderr, bool stderrIsTerminal = false)
{
    private bool GitHub => format == "github";

    public void Usage(string message) => stderr.WriteLine($"briefinggen: {message}");

    /// <summary>A progress line on stderr for the build about to start; dispose it before the report.</summary>
    public ProgressLine Progress() => new(stderr, stderrIsTerminal);

    /// <summary>A line of the report.</summary>
    public void Info(string message) => stdout.WriteLine(message);

    public void Report(BuildResult result, bool showCoverage)
    {
        var shown = Shown(GitHub ? ErrorsFirst(result.Diagnostics) : result.Diagnostics).ToList();
        if (GitHub && AnnotationsBeyondGitHubsLimit(shown) is { } beyond) stdout.WriteLine(beyond);
        foreach (var (diagnostic, more) in shown)
        {
            if (more == 0) stdout.WriteLine(GitHub ? Annotation(diagnostic) : Printable(diagnostic.Format()));
            else stdout.WriteLine(GitHub ? MoreAnnotation(diagnostic, more) : Printable(More(diagnostic, more)));
        }
        foreach (var note in result.Notes) Info("note: " + note);
        var coverage = result.Coverage ?? [];
        var summary = $"{Count(result.ErrorCount, "error")}, {Count(result.WarningCount, "warning")}";
        Info(summary);
        if (showCoverage && result.Coverage is not null)
        {
            foreach (var page in coverage) Info("  " + Line(page));
            Info("  " + Line(CitationCoverage.Site(coverage)));
        }
        if (GitHub) WriteStepSummary(shown, coverage, summary);
    }

    /// <summary>
    /// Errors of their own before warnings (those --strict made errors too), each in file order.
    /// GitHub keeps only the first 10 error annotations of a step: under --strict, as pull requests
    /// are checked, an unknown source was lost behind a page of uncited paragraphs.
    /// </summary>
    internal static IReadOnlyList<Diagnostic> ErrorsFirst(IReadOnlyList<Diagnostic> diagnostics) =>
        [.. diagnostics.OrderBy(d => d.Severity == Severity.Error && ErrorCodes.Contains(d.Code) ? 0 : d.Severity == Severity.Error ? 1 : 2)];

    private static readonly HashSet<string> ErrorCodes = DiagnosticCodes.All.Where(c => c.DefaultSeverity == Severity.Error).Select(c => c.Id).ToHashSet(StringComparer.Ordinal);

    /// <summary>GitHub annotates at most this many errors, and as many warnings, of one step, and drops the rest without a word.</summary>
    internal const int GitHubAnnotationsPerStep = 10;

    /// <summary>A notice, annotated first, that GitHub will not show every problem on the lines, and where they all are; null when it will.</summary>
    private static string? AnnotationsBeyondGitHubsLimit(IReadOnlyList<(Diagnostic Diagnostic, int More)> shown)
    {
        var errors = shown.Count(s => s.Diagnostic.Severity == Severity.Error);
        var warnings = shown.Count - errors;
        if (errors <= GitHubAnnotationsPerStep && warnings <= GitHubAnnotationsPerStep) return null;
        return $"::notice title=BriefingGen::{Count(errors, "error annotation")} and {Count(warnings, "warning annotation")}; GitHub shows the first {GitHubAnnotationsPerStep} of each kind on the changed lines, " +
            "the content's own errors first. The step's log lists more (up to 20 of a code in a file), and the job summary as many as fit; run the same check locally to see them in file order";
    }

    /// <summary>One aligned line per stage: the stage names padded to the longest, the times right-aligned.</summary>
    public void Timings(IReadOnlyList<StageTiming> timings)
    {
        var width = timings.Max(t => (int?)t.Stage.Length) ?? 0;
        foreach (var timing in timings)
            stderr.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {timing.Stage.PadRight(width)}  {timing.Elapsed.TotalMilliseconds,8:0} ms  {timing.Cpu.TotalMilliseconds,8:0} ms cpu  {timing.GcPauses.TotalMilliseconds,6:0} ms gc  {timing.PeakMemory / (1024.0 * 1024),6:0} MiB peak"));
    }

    /// <summary>How many problems of one code in one file are printed; the rest are counted in one line.</summary>
    public const int ShownPerFileAndCode = DiagnosticBag.KeptPerFileAndCode;

    /// <summary>
    /// The problems to print, in order: each file's first <see cref="ShownPerFileAndCode"/> of a code
    /// (More = 0), then, where there were more, the last of them with how many were left out. A body
    /// with 50,000 stray tags is one fix repeated; 50,000 lines would bury the other problems.
    /// </summary>
    internal static IEnumerable<(Diagnostic Diagnostic, int More)> Shown(IReadOnlyList<Diagnostic> diagnostics)
    {
        var listed = diagnostics.CountBy(d => (d.Location.File, d.Code)).ToDictionary();
        // With those the run counted but did not keep (Diagnostic.Repeats).
        var found = diagnostics.GroupBy(d => (d.Location.File, d.Code)).ToDictionary(g => g.Key, g => g.Sum(d => 1 + d.Repeats));
        var seen = new Dictionary<(string, string), int>();
        foreach (var d in diagnostics)
        {
            var key = (d.Location.File, d.Code);
            var nth = seen[key] = seen.GetValueOrDefault(key) + 1;
            if (nth <= ShownPerFileAndCode) yield return (d, 0);
            if (nth == listed[key] && found[key] > ShownPerFileAndCode) yield return (d, found[key] - ShownPerFileAndCode);
        }
    }

    /// <summary>"content/briefs/a.md: error BG4001: 49980 more like the above not shown; fix those and check again".</summary>
    internal static string More(Diagnostic d, int more) =>
        $"{d.Location.File}: {d.Level} {d.Code}: {MoreText(more)}";

    private static string MoreText(int more) => $"{more} more like the above not shown; fix those and check again";

    private static string MoreAnnotation(Diagnostic d, int more) =>
        $"::{d.Level} file={Property(d.Location.File)},title={Property(d.Code)}::{MoreText(more)}";

    /// <summary>"::error file=F,line=L,col=C,title=CODE::message" with the escaping the Actions runner expects.</summary>
    public static string Annotation(Diagnostic d)
    {
        // A problem of the whole folder (no site.yml) has no line to annotate.
        var where = d.Location.Line == 0 ? "" : $"file={Property(d.Location.File)},line={d.Location.Line},col={d.Location.Column},";
        return $"::{d.Level} {where}title={Property(d.Code)}::{Printable(Data(d.Message))}";
    }

    /// <summary>Content can put escape sequences in a message (a key, a URL); a terminal must not act on them.</summary>
    private static string Printable(string text) =>
        text.Any(char.IsControl) ? string.Concat(text.Select(c => char.IsControl(c) ? $"\\u{(int)c:X4}" : c.ToString())) : text;

    private static string Data(string value) => value.Replace("%", "%25").Replace("\r", "%0D").Replace("\n", "%0A");

    private static string Property(string value) => Printable(Data(value)).Replace(":", "%3A").Replace(",", "%2C");

    /// <summary>"content/briefs/a.md: 9/10 claims cited (90%)".</summary>
    private static string Line(CitationCoverage c) =>
        string.Create(CultureInfo.InvariantCulture, $"{c.Path}: {c.Cited}/{c.Claims} claims cited ({Percent(c.Cited, c.Claims)})");

    /// <summary>
    /// GitHub refuses a step summary over 1 MiB whole ("upload aborted"); the tables stop short of it,
    /// with a row saying how much is left out. Half is for problems, the rest for coverage.
    /// </summary>
    public const int StepSummaryBudget = 1_000_000;

    private void WriteStepSummary(IReadOnlyList<(Diagnostic Diagnostic, int More)> shown, IReadOnlyList<CitationCoverage> coverage, string summary)
    {
        var path = Environment.GetEnvironmentVariable("GITHUB_STEP_SUMMARY");
        if (string.IsNullOrEmpty(path)) return;
        try
        {
            File.AppendAllText(path, StepSummary(shown, coverage, summary));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            // The summary is a courtesy of the runner; the check's own result decides the exit code.
            stderr.WriteLine($"briefinggen: warning: could not write the step summary to {Printable(path)}: {Printable(e.Message)}");
        }
    }

    /// <summary>The job summary's Markdown: the count, the problems and the citation coverage, within <paramref name="budget"/> bytes.</summary>
    public static string StepSummary(IReadOnlyList<(Diagnostic Diagnostic, int More)> shown, IReadOnlyList<CitationCoverage> coverage, string summary, int budget = StepSummaryBudget)
    {
        var markdown = new StringBuilder();
        markdown.AppendLine("### BriefingGen check").AppendLine().AppendLine(summary).AppendLine();
        if (shown.Count > 0)
        {
            markdown.AppendLine("| Where | Code | Problem |").AppendLine("|---|---|---|");
            var rows = shown.Select(s => s.More == 0
                ? $"| {Cell(s.Diagnostic.Location.ToString())} | {s.Diagnostic.Code} | {Cell(s.Diagnostic.Message)} |"
                : $"| {Cell(s.Diagnostic.Location.File)} | {s.Diagnostic.Code} | {Cell(MoreText(s.More))} |");
            AppendWithin(markdown, rows, shown.Count, budget / 2, left => $"| | | {left} more rows not shown here: the step's log has them |");
            markdown.AppendLine();
        }
        if (coverage.Count > 0)
        {
            markdown.AppendLine("| Page | Claims cited |").AppendLine("|---|---|");
            // Room is kept for the site's total, written last, so it is never the row left out.
            var site = CoverageRow(CitationCoverage.Site(coverage));
            var left = budget - Encoding.UTF8.GetByteCount(markdown.ToString()) - Encoding.UTF8.GetByteCount(site) - 1;
            AppendWithin(markdown, coverage.Select(CoverageRow), coverage.Count, left, left => $"| {left} more pages not shown here | |");
            markdown.AppendLine(site);
        }
        return markdown.ToString();
    }

    private static string CoverageRow(CitationCoverage c) =>
        string.Create(CultureInfo.InvariantCulture, $"| {Cell(c.Path)} | {c.Cited}/{c.Claims} ({Percent(c.Cited, c.Claims)}) |");

    /// <summary>The rows, one a line, while they fit in <paramref name="budget"/> bytes with room for the row saying how many are left out.</summary>
    private static void AppendWithin(StringBuilder markdown, IEnumerable<string> rows, int count, int budget, Func<int, string> leftOut)
    {
        var used = 0;
        var written = 0;
        foreach (var row in rows)
        {
            used += Encoding.UTF8.GetByteCount(row) + 1;
            // 100 bytes keep room for the closing row.
            if (used > budget - 100) break;
            markdown.AppendLine(row);
            written++;
        }
        if (written < count) markdown.AppendLine(leftOut(count - written));
    }

    /// <summary>Text in a Markdown table cell of the job summary: HTML escaped, pipes, backticks and newlines made inert.</summary>
    private static string Cell(string text) =>
        Rendering.Html.Escape(Printable(text)).Replace("|", "\\|").Replace("`", "\\`").Replace("*", "\\*").Replace("_", "\\_").Replace("[", "\\[");

    /// <summary>
    /// Rounded half up, but never to 100% while a claim is uncited, nor to 0% once one cites: 199 of 200 read
    /// "100%", which tells a reviewer there is nothing left to cite.
    /// </summary>
    private static string Percent(int part, int total) => total == 0 ? "n/a"
        : string.Create(CultureInfo.InvariantCulture, $"{Math.Clamp(Math.Round(100.0 * part / total, MidpointRounding.AwayFromZero), part == 0 ? 0 : 1, part == total ? 100 : 99):0}%");

    private static string Count(int n, string noun) => $"{n} {noun}{(n == 1 ? "" : "s")}";
}
