using System.Text;
using BriefingGen.Model;

namespace BriefingGen.Rendering.Citing;

/// <summary>
/// One BibTeX entry. Every value is braced and escaped, so no title or name can close the entry
/// early, start another, or run a TeX command; names of organisations are braced whole.
/// </summary>
public static class BibTeX
{
    public static string Write(CitationRecord record)
    {
        // Each value as written into the entry: braced, but for the month.
        var fields = new List<(string Name, string Value)>();
        void Add(string name, string value) => fields.Add((name, "{" + value + "}"));
        if (record.Authors.Count > 0) Add("author", string.Join(" and ", record.Authors.Select(Name)));
        // Double braces keep the title's capitals, which BibTeX styles otherwise lowercase.
        if (record.Title is { } title) Add("title", "{" + Escape(title) + "}");
        // @article, @book and @techreport require an author, the title, the journal, publisher or institution,
        // and the year: a work of those kinds without them is a @misc, which requires nothing (RIS and CSL-JSON keep the kind).
        var entryType = record.Authors.Count == 0 || record.Title is null || record.Container is null || record.Date is null ? "misc" : EntryType(record.Kind);
        if (record.Container is { } container)
        {
            var field = entryType == "misc" ? "howpublished" : ContainerField(record.Kind);
            // biblatex reads publisher and institution as lists, split at "and" as authors are: "Taylor and Francis" was two publishers.
            Add(field, field is "publisher" or "institution" ? Part(container) : Escape(container));
        }
        if (record.Date is { } date)
        {
            Add("year", date.Year.ToString("D4", System.Globalization.CultureInfo.InvariantCulture));
            // BibTeX's own month macro (jan … dec), unbraced: braced it is the literal text "nov", which
            // BibTeX styles print as it is and biblatex refuses (its manual: "without any braces or quotes").
            if (date.Month is not null) fields.Add(("month", date.MonthName.ToLowerInvariant()));
            Add("date", date.Iso);
        }
        if (record.Url is { } url) Add("url", UrlValue(url));
        if (record.Accessed is { } accessed) Add("urldate", accessed.Iso);
        var note = new List<string>();
        if (record.Description is { } description) note.Add(Escape(description));
        if (record.Updated is { } updated) note.Add("Updated " + updated.Iso);
        if (note.Count > 0) Add("note", string.Join(". ", note));

        var text = new StringBuilder();
        text.Append('@').Append(entryType).Append('{').Append(record.Key).Append(",\n");
        foreach (var (name, value) in fields) text.Append("  ").Append(name).Append(" = ").Append(value).Append(",\n");
        return text.Append("}\n").ToString();
    }

    /// <summary>A person as "Family, Given" or "Family, Suffix, Given"; a name without a given part (an organisation, a brief's author) braced whole.</summary>
    private static string Name(PersonName name) => name switch
    {
        { Given: null } => "{" + Escape(name.Natural) + "}",
        { Suffix: null } => Part(name.Family) + ", " + Part(name.Given),
        _ => Part(name.Family) + ", " + Part(name.Suffix) + ", " + Part(name.Given),
    };

    /// <summary>
    /// A part of a name (or a publisher), braced when it holds a word "and": BibTeX splits the author
    /// list at every "and" outside braces, so "Smith and Wesson, John" was read as two authors.
    /// </summary>
    private static string Part(string text)
    {
        var escaped = Escape(text);
        return escaped.Split([' ', '\t', '\n', '~'], StringSplitOptions.RemoveEmptyEntries).Any(w => w.Equals("and", StringComparison.OrdinalIgnoreCase)) ? "{" + escaped + "}" : escaped;
    }

    private static string EntryType(string kind) => kind switch
    {
        "article" => "article",
        "book" => "book",
        "report" => "techreport",
        _ => "misc",
    };

    /// <summary>Where an @article, @techreport or @book names the work it appeared in or who published it.</summary>
    private static string ContainerField(string kind) => kind switch
    {
        "article" => "journal",
        "report" => "institution",
        _ => "publisher",
    };

    /// <summary>
    /// TeX's special characters as text, and line breaks as spaces. A brace is written as a command,
    /// not as <c>\{</c>: BibTeX counts every brace, escaped or not, so one lone brace in a title would
    /// end the field early or swallow the rest of the file. <c>&lt; &gt; |</c> by name, as TeX's default
    /// font encoding prints them as other characters.
    /// </summary>
    public static string Escape(string text)
    {
        var escaped = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            escaped.Append(c switch
            {
                '\\' => @"\textbackslash{}",
                '{' => @"\textbraceleft{}",
                '}' => @"\textbraceright{}",
                '<' => @"\textless{}",
                '>' => @"\textgreater{}",
                '|' => @"\textbar{}",
                '$' or '&' or '%' or '#' or '_' => "\\" + c,
                '^' => @"\textasciicircum{}",
                '~' => @"\textasciitilde{}",
                _ when char.IsControl(c) => " ",
                _ => c.ToString(),
            });
        }
        return escaped.ToString();
    }

    /// <summary>URLs are read verbatim; only characters that would unbalance the braces (or end the line) are percent-encoded.</summary>
    private static string UrlValue(string url) =>
        url.Replace("\\", "%5C").Replace("{", "%7B").Replace("}", "%7D").Replace("\n", "%0A").Replace("\r", "%0D");
}
