using System.Text;
using System.Text.Json;
using BriefingGen.Diagnostics;
using BriefingGen.Graph;

namespace BriefingGen.Incremental;

/// <summary>
/// What a successful build reported (its warnings, notes and citation coverage), as one line of
/// JSON the output records beside the build's inputs. Builds are deterministic, so a build from
/// the same inputs would find exactly the same: it reports this instead of parsing every file again.
/// </summary>
public static class RecordedReport
{
    public static string Write(BuildResult result)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteStartArray("diagnostics");
            foreach (var d in result.Diagnostics)
            {
                json.WriteStartArray();
                json.WriteStringValue(d.Location.File);
                json.WriteNumberValue(d.Location.Line);
                json.WriteNumberValue(d.Location.Column);
                json.WriteStringValue(d.Level);
                json.WriteStringValue(d.Code);
                json.WriteStringValue(d.Message);
                if (d.Repeats > 0) json.WriteNumberValue(d.Repeats);
                json.WriteEndArray();
            }
            json.WriteEndArray();
            json.WriteStartArray("notes");
            foreach (var note in result.Notes) json.WriteStringValue(note);
            json.WriteEndArray();
            json.WriteBoolean("lintsCitations", result.LintsCitations);
            if (result.Coverage is { } coverage)
            {
                json.WriteStartArray("coverage");
                foreach (var page in coverage)
                {
                    json.WriteStartArray();
                    json.WriteStringValue(page.Path);
                    json.WriteNumberValue(page.Cited);
                    json.WriteNumberValue(page.Claims);
                    json.WriteEndArray();
                }
                json.WriteEndArray();
            }
            json.WriteEndObject();
        }
        // Escaped JSON has no line break of its own, so the report is one line of the marker file.
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <returns>The report as a result with no site graph, or null when the text is not one this version wrote.</returns>
    public static BuildResult? Read(string text, IReadOnlyList<StageTiming> timings)
    {
        try
        {
            using var document = JsonDocument.Parse(text);
            var root = document.RootElement;
            var diagnostics = root.GetProperty("diagnostics").EnumerateArray().Select(d => new Diagnostic(
                new SourceLocation(d[0].GetString()!, d[1].GetInt32(), d[2].GetInt32()),
                d[3].GetString() == "error" ? Severity.Error : Severity.Warning, d[4].GetString()!, d[5].GetString()!) { Repeats = d.GetArrayLength() > 6 ? d[6].GetInt32() : 0 }).ToList();
            var notes = root.GetProperty("notes").EnumerateArray().Select(n => n.GetString()!).ToList();
            var coverage = root.TryGetProperty("coverage", out var pages)
                ? pages.EnumerateArray().Select(p => new CitationCoverage(p[0].GetString()!, p[1].GetInt32(), p[2].GetInt32())).ToList()
                : null;
            return new BuildResult(diagnostics, !diagnostics.Any(d => d.Severity == Severity.Error), Graph: null, FilesWritten: 0, timings)
            {
                Notes = notes,
                LintsCitations = root.GetProperty("lintsCitations").GetBoolean(),
                Coverage = coverage,
            };
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or KeyNotFoundException or IndexOutOfRangeException or FormatException)
        {
            return null;
        }
    }
}
