using System.Buffers;
using System.Text.Json;
using BriefingGen.Model;

namespace BriefingGen.Rendering.Exports;

/// <summary>Indented, LF-only JSON, so exports are byte-identical between builds and readable in diffs.</summary>
internal static class JsonExport
{
    /// <returns>The document where it was written: a large site's exports run to megabytes, and a copy (ToArray) would hold each twice.</returns>
    public static ReadOnlyMemory<byte> Write(Action<Utf8JsonWriter> write)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, NewLine = "\n" }))
            write(writer);
        buffer.Write("\n"u8);
        return buffer.WrittenMemory;
    }

    /// <summary>
    /// A page's address as the data files give it: absolute when base_url is known, else relative to
    /// the file (in data/), so it resolves either way. Written from the site root ("events/x/…"), it
    /// led a script resolving it the usual way to data/events/x/, which does not exist.
    /// </summary>
    public static void PageUrl(this Utf8JsonWriter writer, SiteConfig site, string url) =>
        writer.WriteString("url", site.AbsoluteUrl(url) ?? "../" + url);

    public static void StringOrNull(this Utf8JsonWriter writer, string name, string? value)
    {
        if (value is null) writer.WriteNull(name);
        else writer.WriteString(name, value);
    }

    public static void Strings(this Utf8JsonWriter writer, string name, IEnumerable<string> values)
    {
        writer.WriteStartArray(name);
        foreach (var value in values) writer.WriteStringValue(value);
        writer.WriteEndArray();
    }
}
