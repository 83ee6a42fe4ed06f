using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using BriefingGen.Graph;
using BriefingGen.Model;

namespace BriefingGen.Rendering.Metadata;

/// <summary>
/// schema.org JSON-LD for the page of a brief (Report), an actor (Person, Country, Organization),
/// an event (Event) or a source (NewsArticle, Report, Book, Dataset, WebPage, CreativeWork), for
/// search engines and knowledge-graph tools. Written into a &lt;script type="application/ld+json"&gt;
/// data block, so the encoder escapes &lt;, &gt;, &amp; and quotes as \uXXXX: no value can end the
/// element, whatever the content says. Dates keep their precision ("2019", "2019-12").
/// </summary>
public static class StructuredData
{
    // HTML-sensitive characters are always escaped by this encoder; other letters stay readable.
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    /// <param name="link">The address of a site-relative path as this page should give it (absolute when base_url is known).</param>
    public static string Write(SiteGraph graph, Document subject, Func<string, string> link)
    {
        // A buffer of the page's own: one kept per thread outlived the build in serve, as large as the largest page's.
        var buffer = new System.Buffers.ArrayBufferWriter<byte>(4096);
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            json.WriteStartObject();
            json.WriteString("@context", "https://schema.org");
            var writer = new Writer(graph, json, link);
            switch (subject)
            {
                case Brief brief: writer.Brief(brief); break;
                case Actor actor: writer.Actor(actor); break;
                case Event e: writer.Event(e); break;
                case Source source: writer.Source(source); break;
            }
            json.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    public static string ActorType(string kind) => kind switch
    {
        "person" => "Person",
        "state" => "Country",
        _ => "Organization",
    };

    public static string SourceType(string kind) => kind switch
    {
        "article" => "NewsArticle",
        "report" => "Report",
        "book" => "Book",
        "dataset" => "Dataset",
        "web" => "WebPage",
        _ => "CreativeWork",
    };

    private sealed class Writer(SiteGraph graph, Utf8JsonWriter json, Func<string, string> link)
    {
        public void Brief(Brief brief)
        {
            Identify("Report", brief);
            json.WriteString("headline", brief.Title);
            json.WriteString("description", brief.Summary);
            json.WriteString("url", link(brief.Url));
            json.WriteString("datePublished", brief.Date.Iso);
            json.WriteString("dateModified", brief.Modified.Iso);
            json.WriteString("inLanguage", graph.Config.Language);
            // A brief without named authors is the site's own work.
            if (brief.Authors.Count > 0) List("author", brief.Authors, name => Named("Person", name));
            else if (graph.Config.Author is { } siteAuthor) List("author", [siteAuthor], name => Named("Organization", name));
            json.WritePropertyName("publisher");
            json.WriteStartObject();
            json.WriteString("@type", "Organization");
            json.WriteString("name", graph.Config.Title);
            json.WriteString("url", link("index.html"));
            json.WriteEndObject();
            List("about", graph.NamedActors(brief), ActorRef);
            List("mentions", graph.EventsOf(brief), EventRef);
            List("citation", graph.Citations[brief.Id].References.Select(r => r.Source), SourceRef);
            if (brief.Tags.Count > 0) List("keywords", brief.Tags, t => json.WriteStringValue(t.Id));
            List("correction", brief.Corrections, c =>
            {
                json.WriteStartObject();
                json.WriteString("@type", "CorrectionComment");
                json.WriteString("datePublished", c.Date.Iso);
                json.WriteString("text", c.Text);
                json.WriteEndObject();
            });
        }

        public void Actor(Actor actor)
        {
            WriteActor(actor);
            if (actor.Aliases.Count > 0) List("alternateName", actor.Aliases, json.WriteStringValue);
            if (actor.Summary is not null) json.WriteString("description", actor.Summary);
            if (actor.ActorKind != "person") return;
            if (actor.Country is { } country && graph.Get<Actor>(country.Id) is { } state)
            {
                json.WritePropertyName("nationality");
                ActorRef(state);
            }
            if (actor.Roles.Count > 0) List("jobTitle", actor.Roles, r => json.WriteStringValue(r.Title));
        }

        public void Event(Event e)
        {
            Identify("Event", e);
            json.WriteString("name", e.Title);
            json.WriteString("url", link(e.Url));
            json.WriteString("startDate", e.Date.Iso);
            if (e.End is { } end) json.WriteString("endDate", end.Iso);
            if (e.Summary is not null) json.WriteString("description", e.Summary);
            if (e.Location is not null)
            {
                json.WritePropertyName("location");
                Named("Place", e.Location);
            }
            // schema.org performers are people and organizations; states are what the event is about.
            var actors = graph.NamedActors(e).ToList();
            List("performer", actors.Where(a => a.ActorKind != "state"), ActorRef);
            List("about", actors.Where(a => a.ActorKind == "state"), ActorRef);
        }

        public void Source(Source source)
        {
            WriteSource(source);
            json.WriteString("mainEntityOfPage", link(source.Url));
            if (source.ArchiveUrl is not null) json.WriteString("archivedAt", source.ArchiveUrl);
        }

        private void WriteActor(Actor actor)
        {
            Identify(ActorType(actor.ActorKind), actor);
            json.WriteString("name", actor.Name);
            json.WriteString("url", link(actor.Url));
        }

        /// <param name="mostAuthors">How many of its authors to name: all on its own page, <see cref="CitationFormatter.MostAuthorsInAReference"/> where a brief cites it.</param>
        private void WriteSource(Source source, int mostAuthors = int.MaxValue)
        {
            var type = SourceType(source.SourceKind);
            Identify(type, source);
            // An untitled work is given no name (a reader would take "Untitled …" for its title): it is described.
            if (source.SourceTitle is { } title)
            {
                json.WriteString("name", title);
                // An article's title is its headline, the property search engines read for one.
                if (type is "NewsArticle" or "Report") json.WriteString("headline", title);
            }
            else json.WriteString("description", source.Description);
            if (source.WebUrl is not null) json.WriteString("url", source.WebUrl);
            // Its authors and publisher are nodes of their own, named under the source's page, so the
            // source's page and every page citing it describe the same ones: without ids, a graph
            // merged from a site's pages gave a source of one author that author twice per citing page.
            var page = link(source.Url);
            List("author", source.Authors.Take(mostAuthors).Select((name, i) => (name, i)), author => PersonRef(author.name, $"{page}#author-{author.i + 1}"));
            if (source.Publisher is not null)
            {
                json.WritePropertyName("publisher");
                Named("Organization", source.Publisher, page + "#publisher");
            }
            if (source.Published is { } published) json.WriteString("datePublished", published.Iso);
            if (source.Language is not null) json.WriteString("inLanguage", source.Language);
        }

        /// <summary>
        /// A document's node is named by its page's address and kind, so every mention of it, on any
        /// page, is the same node in a knowledge graph.
        /// </summary>
        private void Identify(string type, Document document)
        {
            json.WriteString("@type", type);
            json.WriteString("@id", link(document.Url) + "#" + document.Kind.Noun());
        }

        private void ActorRef(Actor actor)
        {
            json.WriteStartObject();
            WriteActor(actor);
            json.WriteEndObject();
        }

        private void EventRef(Event e)
        {
            json.WriteStartObject();
            Identify("Event", e);
            json.WriteString("name", e.Title);
            json.WriteString("url", link(e.Url));
            json.WriteString("startDate", e.Date.Iso);
            if (e.End is { } end) json.WriteString("endDate", end.Iso);
            json.WriteEndObject();
        }

        private void SourceRef(Source source)
        {
            json.WriteStartObject();
            WriteSource(source, CitationFormatter.MostAuthorsInAReference);
            json.WriteEndObject();
        }

        /// <summary>"Family, Given" is a person; a name without a given part is an organisation.</summary>
        private void PersonRef(PersonName name, string id)
        {
            json.WriteStartObject();
            json.WriteString("@type", name.Given is null ? "Organization" : "Person");
            json.WriteString("@id", id);
            json.WriteString("name", name.Natural);
            if (name.Given is not null)
            {
                json.WriteString("givenName", name.Given);
                json.WriteString("familyName", name.Family);
                if (name.Suffix is not null) json.WriteString("honorificSuffix", name.Suffix);
            }
            json.WriteEndObject();
        }

        private void Named(string type, string name, string? id = null)
        {
            json.WriteStartObject();
            json.WriteString("@type", type);
            if (id is not null) json.WriteString("@id", id);
            json.WriteString("name", name);
            json.WriteEndObject();
        }

        /// <summary>An array property, left out when empty.</summary>
        private void List<T>(string name, IEnumerable<T> items, Action<T> write)
        {
            var started = false;
            foreach (var item in items)
            {
                if (!started) json.WriteStartArray(name);
                started = true;
                write(item);
            }
            if (started) json.WriteEndArray();
        }
    }
}
