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
}

/// <summary>An author written "Family, Given"; an organisation has only a family part.</summary>
public sealed record PersonName(string Family, string? Given)
{
    public static PersonName Parse(string written)
    {
        var comma = written.IndexOf(',');
        return comma < 0
            ? new PersonName(written.Trim(), null)
            : new PersonName(written[..comma].Trim(), written[(comma + 1)..].Trim() is { Length: > 0 } given ? given : null);
    }

    /// <summary>"Yang Tian": given name first, as in a note.</summary>
    public string Natural => Given is null ? Family : $"{Given} {Family}";

    /// <summary>"Tian, Yang": family name first, as in a sorted list.</summary>
    public string Inverted => Given is null ? Family : $"{Family}, {Given}";
}
