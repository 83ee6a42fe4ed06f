using System.Text;
using BriefingGen.Model;

namespace BriefingGen.Rendering;

/// <summary>
/// One citation style for every source, after Chicago notes: authors, "title," publisher, date at
/// its own precision ("n.d." without one), link, accessed date, archived copy. Books and reports set
/// the title in italics; an untitled work is named by its description, plain.
/// </summary>
public static class CitationFormatter
{
    public static TrustedHtml Format(Source source)
    {
        var parts = new List<string>();
        // Each name isolated on its own: one isolate around "A and B" laid the English "and" out right to left, second author first.
        if (source.Authors.Count > 0) parts.Add(JoinAuthors(source.Authors, Field));
        // An untitled work is named by its description, plain: quotation marks or italics would present it as a title.
        // A title is in the work's language; its description, the site's.
        var lang = source.Language is { } language ? $" lang=\"{Html.Escape(language)}\"" : "";
        var shown = WithoutClosingFullStop(source.Title);
        var title = source.Untitled ? Field(source.Title)
            : source.SourceKind is "book" or "report" or "dataset" ? $"<cite{lang}>{Field(shown)}</cite>"
            : lang.Length > 0 ? $"“<span{lang}>{Field(InnerQuotes(shown))}</span>”"
            : $"“{Field(InnerQuotes(shown))}”";
        parts.Add(title + KindNote(source.SourceKind));
        if (source.Publisher is not null)
            parts.Add(source.SourceKind is "article" or "web" ? $"<i>{Field(source.Publisher)}</i>" : Field(source.Publisher));
        parts.Add(source.Published is { } published ? $"<time datetime=\"{published.Iso}\">{published.Display}</time>" : "n.d.");

        var html = new StringBuilder();
        for (var i = 0; i < parts.Count; i++)
        {
            var punctuation = i == parts.Count - 1 ? "." : ",";
            // A title's own '?' or '!' stands for the comma or full stop, as Chicago has it.
            if (EndsInOwnMark(parts[i])) html.Append(parts[i]);
            // Chicago puts the comma (or full stop) inside a closing quotation mark.
            else if (parts[i].EndsWith('”')) html.Append(parts[i][..^1]).Append(punctuation).Append('”');
            else html.Append(parts[i]).Append(parts[i].EndsWith('.') && punctuation == "." ? "" : punctuation);
            if (i < parts.Count - 1) html.Append(' ');
        }
        // An address is no words to search for: searched, "arctic council" matched and highlighted the addresses of reference lists.
        if (source.WebUrl is not null)
            html.Append(" <a class=\"source-link\" href=\"").Append(Html.Escape(source.WebUrl)).Append("\" rel=\"noopener noreferrer\" data-pagefind-ignore>")
                .Append(Html.Escape(Shorten(source.WebUrl))).Append("</a>");
        if (source.Accessed is { } accessed)
            html.Append(source.WebUrl is null ? " " : ", ").Append("accessed <time datetime=\"").Append(accessed.Iso).Append("\">").Append(accessed.Display).Append("</time>");
        if (source.WebUrl is not null || source.Accessed is not null) html.Append('.');
        if (source.ArchiveUrl is not null)
            html.Append(" <a class=\"archive-link\" href=\"").Append(Html.Escape(source.ArchiveUrl)).Append("\" rel=\"noopener noreferrer\">Archived copy</a>.");
        return new TrustedHtml(html.ToString());
    }

    /// <summary>
    /// Text of the front matter, escaped, and isolated when written right to left: between two
    /// Arabic fields, the citation's own commas and quotes joined them into one right-to-left run,
    /// and the publisher was read before the title.
    /// </summary>
    internal static string Field(string text) =>
        Markdown.BlockDirection.HasRightToLeft(text) ? $"<bdi>{Html.Escape(text)}</bdi>" : Html.Escape(text);

    /// <summary>A title set in double quotation marks has its own double ones as single ones: “Peru’s ‘self-coup,’ explained.”</summary>
    internal static string InnerQuotes(string title) => title.Replace('“', '‘').Replace('”', '’');

    /// <summary>
    /// A title without the full stop that ends it, since the citation's comma follows: "New rules." read
    /// “New rules.,”. An abbreviation keeps its point ("U.S.,"), as does an ellipsis.
    /// </summary>
    internal static string WithoutClosingFullStop(string title)
    {
        if (!title.EndsWith('.') || title.EndsWith("..", StringComparison.Ordinal) || title[..^1].Trim().Length == 0) return title;
        var lastWord = title[(title.LastIndexOfAny([' ', '\u00A0']) + 1)..^1];
        return lastWord.Contains('.') || Abbreviations.Contains(lastWord) ? title : title[..^1];
    }

    private static readonly HashSet<string> Abbreviations = new(["Co", "Corp", "Inc", "Jr", "Ltd", "Sr", "St", "etc"], StringComparer.OrdinalIgnoreCase);

    /// <summary>Whether a part ends in a question or exclamation mark, inside a closing quotation mark, &lt;/cite&gt;, &lt;/bdi&gt; or a language's &lt;/span&gt; or not.</summary>
    internal static bool EndsInOwnMark(string part)
    {
        // A title's own closing quote is single inside the citation's double one (InnerQuotes), and may sit inside the isolate.
        var text = part.AsSpan();
        for (var before = -1; before != text.Length;)
        {
            before = text.Length;
            text = text.TrimEnd("”’");
            if (text.EndsWith("</cite>", StringComparison.Ordinal)) text = text[..^"</cite>".Length];
            if (text.EndsWith("</bdi>", StringComparison.Ordinal)) text = text[..^"</bdi>".Length];
            if (text.EndsWith("</span>", StringComparison.Ordinal)) text = text[..^"</span>".Length];
        }
        // The Arabic question mark stands for the comma as '?' does.
        return text.EndsWith('?') || text.EndsWith('!') || text.EndsWith('؟');
    }

    /// <summary>"A", "A and B", "A, B, and C"; more than three: "A et al.".</summary>
    public static string JoinAuthors(IReadOnlyList<PersonName> authors) => JoinAuthors(authors, name => name);

    /// <summary>As <see cref="JoinAuthors(IReadOnlyList{PersonName})"/>, each name written by <paramref name="name"/>: the words between stay the citation's own.</summary>
    public static string JoinAuthors(IReadOnlyList<PersonName> authors, Func<string, string> name) => ShortensAuthors(authors) ? EtAl(name(authors[0].Natural)) : authors.Count switch
    {
        1 => name(authors[0].Natural),
        2 => $"{name(authors[0].Natural)} and {name(authors[1].Natural)}",
        _ => $"{name(authors[0].Natural)}, {name(authors[1].Natural)}, and {name(authors[2].Natural)}",
    };

    /// <summary>
    /// "A et al.": after a name isolated as right to left, "et al." is isolated too, so that its full
    /// stop stays with it; the comma after it had carried it to the other side ("مياه ,.et al محمد").
    /// </summary>
    private static string EtAl(string first) => first.StartsWith("<bdi>", StringComparison.Ordinal) ? $"{first} <bdi>et al.</bdi>" : $"{first} et al.";

    /// <summary>
    /// The most authors of a brief named where it is not the page's subject (a feed's entry): its
    /// own page and exports name them all. A brief's 4,000 authors were copied into the feed of each
    /// of its hundred tags.
    /// </summary>
    public const int MostAuthorsNamedElsewhere = 20;

    /// <summary>
    /// The most authors a reference names in full; with more it names the first, "A et al.". A citing
    /// brief's JSON-LD names up to this many too: twenty authors of 480 characters, copied into the
    /// JSON-LD of every brief citing the source, made 1.2 MB of content a site of 668 MB.
    /// </summary>
    public const int MostAuthorsInAReference = 3;

    /// <summary>Whether a citation names only the first of these authors.</summary>
    public static bool ShortensAuthors(IReadOnlyList<PersonName> authors) => authors.Count > MostAuthorsInAReference;

    private static string KindNote(string kind) => kind is "report" or "dataset" or "statement" ? $" ({kind})" : "";

    private static string Shorten(string url) => TextElements.Shorten(url, 80);
}
