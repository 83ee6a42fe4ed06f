namespace BriefingGen.Tests.Infrastructure;

/// <summary>Small content files tests combine, so each test states only what it is about.</summary>
public static class Samples
{
    public static readonly string Source = """
        -- content/sources/bbc.md --
        ---
        title: Peru cuts ties
        publisher: BBC News
        authors: ["Tian, Yang"]
        published: 2025-11
        url: https://www.bbc.com/news/articles/x
        accessed: 2025-11-09
        kind: article
        ---
        A report.
        """ + "\n";

    public static readonly string Actors = """
        -- content/actors/peru.md --
        ---
        name: Peru
        kind: state
        ---
        -- content/actors/pedro-castillo.md --
        ---
        name: Pedro Castillo
        kind: person
        country: peru
        roles:
          - {title: President of Peru, of: peru, from: 2021, to: 2022-12}
        ---
        A former teacher [@bbc].
        """ + "\n";

    /// <summary>Report sources with a title and publisher of their own, one per id.</summary>
    public static string Sources(params string[] ids) => string.Concat(ids.Select(id => $"""
        -- content/sources/{id}.md --
        ---
        title: Title {id}
        publisher: Publisher {id}
        kind: report
        ---

        """));

    public static string Brief(string id, string frontMatter = "", string body = "Text [@bbc].", string date = "2025-11-10") => $"""
        -- content/briefs/{id}.md --
        ---
        title: Brief {id}
        date: {date}
        summary: Summary of {id}.
        {frontMatter}
        ---
        {body}
        """ + "\n";

    public static string Event(string id, string date, string frontMatter = "", string body = "") => $"""
        -- content/events/{id}.md --
        ---
        title: Event {id}
        date: {date}
        {frontMatter}
        ---
        {body}
        """ + "\n";
}
