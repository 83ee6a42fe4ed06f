using BriefingGen.Graph;
using BriefingGen.Model;

namespace BriefingGen.Rendering.Exports;

/// <summary>data/actors.json: every actor by name, with roles, and the briefs and events naming it as ids.</summary>
public static class ActorsJson
{
    public const string Path = "data/actors.json";

    public static ReadOnlyMemory<byte> Write(SiteGraph graph) => JsonExport.Write(json =>
    {
        json.WriteStartArray();
        foreach (var actor in graph.Actors)
        {
            json.WriteStartObject();
            json.WriteString("id", actor.Id);
            json.WriteString("name", actor.Name);
            json.WriteString("kind", actor.ActorKind);
            json.StringOrNull("summary", actor.Summary);
            json.Strings("aliases", actor.Aliases);
            json.StringOrNull("country", actor.Country?.Id);
            json.WriteStartArray("roles");
            foreach (var role in actor.Roles)
            {
                json.WriteStartObject();
                json.WriteString("title", role.Title);
                json.StringOrNull("of", role.Of?.Id);
                json.StringOrNull("from", role.From?.Iso);
                json.StringOrNull("to", role.To?.Iso);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.Strings("briefs", graph.BriefsNaming(actor).Select(b => b.Id));
            json.Strings("events", graph.EventsOf(actor.Id).Select(e => e.Id));
            json.PageUrl(graph.Config, actor.Url);
            json.WriteEndObject();
        }
        json.WriteEndArray();
    });
}
