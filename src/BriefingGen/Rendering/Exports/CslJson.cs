using System.Text.Json;
using BriefingGen.Graph;
using BriefingGen.Model;

namespace BriefingGen.Rendering.Exports;

/// <summary>data/sources.json: every source as CSL-JSON, the bibliography format Zotero and Pandoc read.</summary>
public static class CslJson
{
    public const string Path = "data/sources.json";

    public static ReadOnlyMemory<byte> Write(SiteGraph graph) => JsonExport.Write(json =>
    {
        json.WriteStartArray();
        foreach (var source in graph.Sources)
        {
            json.WriteStartObject();
            json.WriteString("id", source.Id);
            json.WriteString("type", CslType(source.SourceKind));
            // No title is invented for an untitled work: CSL leaves it out, and the note says what the work is.
            if (source.SourceTitle is { } title) json.WriteString("title", title);
            else json.WriteString("note", source.Title);
            if (source.Authors.Count > 0)
            {
                json.WriteStartArray("author");
                foreach (var author in source.Authors)
                {
                    json.WriteStartObject();
                    if (author.Given is null) json.WriteString("literal", author.Natural);
                    else
                    {
                        json.WriteString("family", author.Family);
                        json.WriteString("given", author.Given);
                        if (author.Suffix is not null) json.WriteString("suffix", author.Suffix);
                    }
                    json.WriteEndObject();
                }
                json.WriteEndArray();
            }
            if (source.Publisher is not null)
                json.WriteString(source.SourceKind is "article" or "web" ? "container-title" : "publisher", source.Publisher);
            if (source.Published is { } published) Date(json, "issued", published);
            if (source.WebUrl is not null) json.WriteString("URL", source.WebUrl);
            if (source.Accessed is { } accessed) Date(json, "accessed", accessed);
            if (source.ArchiveUrl is not null) json.WriteString("archive_location", source.ArchiveUrl);
            if (source.Language is not null) json.WriteString("language", source.Language);
            json.WriteEndObject();
        }
        json.WriteEndArray();
    });

    public static string CslType(string kind) => kind switch
    {
        "article" => "article-newspaper",
        "book" => "book",
        "statement" => "speech",
        "dataset" => "dataset",
        "web" => "webpage",
        "document" => "document",
        _ => "report",
    };

    private static void Date(Utf8JsonWriter json, string name, PartialDate date)
    {
        json.WriteStartObject(name);
        json.WriteStartArray("date-parts");
        json.WriteStartArray();
        json.WriteNumberValue(date.Year);
        if (date.Month is { } month) json.WriteNumberValue(month);
        if (date.Day is { } day) json.WriteNumberValue(day);
        json.WriteEndArray();
        json.WriteEndArray();
        json.WriteEndObject();
    }
}
