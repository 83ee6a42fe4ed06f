using BriefingGen.Graph;

namespace BriefingGen.Rendering.Exports;

/// <summary>data/briefs.json: every published brief, newest first, with its relationships as ids.</summary>
public static class BriefsJson
{
    public const string Path = "data/briefs.json";

    public static ReadOnlyMemory<byte> Write(SiteGraph graph) => JsonExport.Write(json =>
    {
        json.WriteStartArray();
        foreach (var brief in graph.Briefs)
        {
            json.WriteStartObject();
            json.WriteString("id", brief.Id);
            json.WriteString("title", brief.Title);
            json.WriteString("date", brief.Date.Iso);
            json.StringOrNull("updated", brief.Updated?.Iso);
            json.WriteString("summary", brief.Summary);
            json.Strings("authors", brief.Authors);
            json.Strings("actors", graph.ActorsOf(brief));
            // In date order, as events are everywhere else (the brief's timeline, its JSON-LD).
            json.Strings("events", graph.EventsOf(brief).Select(e => e.Id));
            json.Strings("tags", brief.Tags.Select(t => t.Id));
            // The sources of its reference list, in citation order.
            json.Strings("sources", graph.Citations[brief.Id].References.Select(r => r.Source.Id));
            json.WriteStartArray("corrections");
            foreach (var correction in brief.Corrections)
            {
                json.WriteStartObject();
                json.WriteString("date", correction.Date.Iso);
                json.WriteString("text", correction.Text);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteBoolean("draft", brief.Draft);
            json.PageUrl(graph.Config, brief.Url);
            json.WriteEndObject();
        }
        json.WriteEndArray();
    });
}
