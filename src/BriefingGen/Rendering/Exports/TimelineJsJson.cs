using System.Text.Json;
using BriefingGen.Graph;
using BriefingGen.Model;

namespace BriefingGen.Rendering.Exports;

/// <summary>
/// data/timeline.json in the TimelineJS format, so newsrooms can embed the timeline. Only known date
/// parts are given. TimelineJS shows headline, text and group as HTML, so each is
/// HTML-escaped: a title reads as written and a contributor's markup never runs on a page that embeds it.
/// </summary>
public static class TimelineJsJson
{
    public const string Path = "data/timeline.json";

    public static ReadOnlyMemory<byte> Write(SiteGraph graph) => JsonExport.Write(json =>
    {
        json.WriteStartObject();
        json.WriteStartObject("title");
        json.WriteStartObject("text");
        json.WriteString("headline", HtmlText(graph.Config.Title));
        json.WriteString("text", HtmlText(graph.Config.Description));
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteStartArray("events");
        foreach (var e in graph.Events)
        {
            json.WriteStartObject();
            json.WriteString("unique_id", e.Id);
            Date(json, "start_date", e.Date);
            if (e.End is { } end) Date(json, "end_date", end);
            json.WriteString("display_date", ViewDisplay(e));
            json.WriteStartObject("text");
            json.WriteString("headline", HtmlText(e.Title));
            json.WriteString("text", HtmlText(e.Summary));
            json.WriteEndObject();
            if (graph.NamedActors(e).FirstOrDefault() is { } actor) json.WriteString("group", HtmlText(actor.Name));
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
    });

    /// <summary>Text as HTML element content: only &amp;, &lt; and &gt; need escaping there, so quotes and apostrophes stay as written.</summary>
    private static string HtmlText(string? text) => (text ?? "").Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;");

    private static string ViewDisplay(Event e) => Pages.ViewFactory.When(e).Display;

    private static void Date(Utf8JsonWriter json, string name, PartialDate date)
    {
        json.WriteStartObject(name);
        json.WriteNumber("year", date.Year);
        if (date.Month is { } month) json.WriteNumber("month", month);
        if (date.Day is { } day) json.WriteNumber("day", day);
        json.WriteEndObject();
    }
}
