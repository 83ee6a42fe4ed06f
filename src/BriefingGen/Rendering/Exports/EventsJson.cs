using BriefingGen.Graph;

namespace BriefingGen.Rendering.Exports;

/// <summary>data/events.json: every event in chronological order, with dates as written.</summary>
public static class EventsJson
{
    public const string Path = "data/events.json";

    public static ReadOnlyMemory<byte> Write(SiteGraph graph) => JsonExport.Write(json =>
    {
        json.WriteStartArray();
        foreach (var e in graph.Events)
        {
            json.WriteStartObject();
            json.WriteString("id", e.Id);
            json.WriteString("title", e.Title);
            json.WriteString("date", e.Date.Iso);
            json.StringOrNull("end", e.End?.Iso);
            json.WriteString("precision", e.Date.Precision.ToString().ToLowerInvariant());
            json.WriteBoolean("circa", e.Circa);
            json.StringOrNull("summary", e.Summary);
            json.StringOrNull("location", e.Location);
            json.Strings("actors", graph.ActorsOf(e));
            json.Strings("sources", e.Sources.Select(s => s.Id));
            json.Strings("tags", e.Tags.Select(t => t.Id));
            json.Strings("briefs", graph.BriefsAbout(e).Select(b => b.Id));
            json.PageUrl(graph.Config, e.Url);
            json.WriteEndObject();
        }
        json.WriteEndArray();
    });
}
