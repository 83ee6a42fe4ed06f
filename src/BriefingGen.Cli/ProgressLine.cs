using System.Diagnostics;
using System.Globalization;

namespace BriefingGen.Cli;

/// <summary>
/// Shows a long build's progress on stderr once it has run for a second: on a terminal, one line
/// redrawn in place (stage, files written, elapsed); otherwise a plain line per stage, so logs stay readable.
/// </summary>
public sealed class ProgressLine : IProgress<BuildProgress>, IDisposable
{
    private static readonly TimeSpan Delay = TimeSpan.FromSeconds(1);

    private readonly TextWriter _stderr;
    private readonly bool _terminal;
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly Timer _timer;
    private readonly Lock _gate = new();
    private BuildProgress _latest;
    private string? _shownStage;
    private bool _drawn;
    private bool _stopped;

    public ProgressLine(TextWriter stderr, bool terminal)
    {
        _stderr = stderr;
        _terminal = terminal;
        _timer = new Timer(_ => Draw(), null, Delay, TimeSpan.FromMilliseconds(200));
    }

    public void Report(BuildProgress value)
    {
        lock (_gate) _latest = value;
    }

    private void Draw()
    {
        lock (_gate)
        {
            if (_stopped) return;
            var elapsed = _clock.Elapsed.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture);
            if (_terminal)
            {
                var files = _latest.FilesWritten > 0 ? $"  {_latest.FilesWritten.ToString("N0", CultureInfo.InvariantCulture)} files" : "";
                _stderr.Write($"\r\u001b[K{_latest.Stage}{files}  {elapsed} s");
                _drawn = true;
            }
            else if (_latest.Stage is { } stage && stage != _shownStage)
            {
                _stderr.WriteLine($"[{elapsed} s] {stage}");
            }
            _shownStage = _latest.Stage;
        }
    }

    /// <summary>Stops drawing and clears the line, so the report that follows starts clean.</summary>
    public void Dispose()
    {
        _timer.Dispose();
        lock (_gate)
        {
            // A timer callback may still be on its way; it finds the line stopped.
            _stopped = true;
            if (_drawn) _stderr.Write("\r\u001b[K");
        }
    }
}
