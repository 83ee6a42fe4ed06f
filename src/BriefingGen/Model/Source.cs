using System.Text.RegularExpressions;

namespace BriefingGen.Model;

/// <summary>
/// A work cited. A work without a title of its own has none here (SourceTitle is null) and is
/// named by its Description instead ("Untitled commentary on …"), so no title is ever invented.
/// Quote is the passage of the work the site relies on, when one passage carries every citation.
/// </summary>
public sealed record Source(
    string Id, string Path, IReadOnlyDictionary<string, object?> Extra,
    string? SourceTitle, string? Description, string? Publisher, IReadOnlyList<PersonName> Authors, PartialDate? Published,
    string? WebUrl, PartialDate? Accessed, string? ArchiveUrl, string SourceKind, string? Quote) : Document(Id, Path, Extra)
{
    public static readonly IReadOnlyList<string> Kinds = ["article", "report", "book", "statement", "dataset", "web", "document"];

    public override DocumentKind Kind => DocumentKind.Source;
    public override string Url { get; } = UrlOf(DocumentKind.Source, Id);

    /// <summary>The work's own title, or "Untitled" and its description.</summary>
    public override string Title => SourceTitle ?? $"Untitled {Description}";

    public bool Untitled => SourceTitle is null;

    /// <summary>
    /// The language the work is written in (a tag: "es", "pt-BR"), when given: its title and
    /// passages are marked with it, so a screen reader speaks a Spanish title as Spanish on an
    /// English site (WCAG 3.1.2), and reference managers are told it.
    /// </summary>
    public string? Language { get; init; }
}

/// <summary>
/// An author written "Family, Given", or with a suffix as BibTeX has it ("King, Jr., Martin Luther")
/// or as reference managers do ("King, Martin Luther, Jr."); an organisation has only a family part.
/// The comma may be Arabic's, '،', as Arabic bibliographies invert a name. (Chinese and Japanese
/// names are written family name first already: their commas, '，' and '、', list co-authors.)
/// </summary>
public sealed partial record PersonName(string Family, string? Given, string? Suffix = null)
{
    private static readonly char[] Commas = [',', '،'];

    /// <summary>Whether a name is written with nothing before its comma (", Jane"), and so names no one.</summary>
    public static bool StartsWithComma(string written) => written.Length > 0 && Commas.Contains(written[0]);

    public static PersonName Parse(string written)
    {
        var parts = written.Split(Commas, StringSplitOptions.TrimEntries);
        static string? Part(string part) => part.Length > 0 ? part : null;
        return parts.Length switch
        {
            1 => new PersonName(parts[0], null),
            2 => new PersonName(parts[0], Part(parts[1])),
            // "Smith, John, Jr." as reference managers write it; else BibTeX's order, "Smith, Jr., John"
            // (which was read as given name "Jr., John").
            3 when IsSuffix(parts[2]) => new PersonName(parts[0], Part(parts[1]), parts[2]),
            3 when IsSuffix(parts[1]) => new PersonName(parts[0], Part(parts[2]), parts[1]),
            // More commas than a person's name has: an organisation's name, whole ("Department of Health,
            // Education, and Welfare"), not a family name with the rest taken for given name and suffix.
            _ => new PersonName(written.Trim(), null),
        };
    }

    private static bool IsSuffix(string part) => SuffixWord().IsMatch(part);

    [GeneratedRegex(@"^(?:(?:Jr|Sr|Jnr|Snr)\.?|[IVX]{1,4}|[0-9]{1,2}(?:st|nd|rd|th))$", RegexOptions.CultureInvariant)]
    private static partial Regex SuffixWord();

    /// <summary>
    /// "Yang Tian", "John Smith Jr.": given name first, as in a note. A name written in Chinese,
    /// Japanese or Korean characters keeps its own order, family name first and no space: "田中花子".
    /// </summary>
    public string Natural => (Given is null ? Family : InEastAsianScript() ? Family + Given : $"{Given} {Family}") + (Suffix is null ? "" : $" {Suffix}");

    private bool InEastAsianScript() => EastAsianName().IsMatch(Family) && EastAsianName().IsMatch(Given!);

    [GeneratedRegex(@"^[\p{IsCJKUnifiedIdeographs}\p{IsCJKUnifiedIdeographsExtensionA}\p{IsCJKCompatibilityIdeographs}\p{IsHiragana}\p{IsKatakana}\p{IsHangulSyllables}\p{IsHangulJamo}\p{IsHangulCompatibilityJamo}々〆ヶ・ー]+$", RegexOptions.CultureInvariant)]
    private static partial Regex EastAsianName();

    /// <summary>"Tian, Yang", "Smith, John, Jr.": family name first, as in a sorted list (and RIS).</summary>
    public string Inverted => (Given is null ? Family : $"{Family}, {Given}") + (Suffix is null ? "" : $", {Suffix}");
}
