namespace BriefingGen.Diagnostics;

/// <summary>
/// Every code BriefingGen reports, grouped by the pipeline stage that finds it:
/// BG1xxx loading files, BG2xxx front matter, BG3xxx references and citations,
/// BG4xxx Markdown bodies, BG5xxx templates and output.
/// </summary>
public static class DiagnosticCodes
{
    // Loading
    public static readonly DiagnosticCode FileNotUtf8 = new("BG1001", Severity.Error, "file is not valid UTF-8");
    public static readonly DiagnosticCode SymbolicLink = new("BG1002", Severity.Error, "symbolic link in content");
    public static readonly DiagnosticCode UnexpectedFile = new("BG1003", Severity.Error, "unexpected file in content");
    public static readonly DiagnosticCode InvalidId = new("BG1004", Severity.Error, "file name is not a valid id");
    public static readonly DiagnosticCode DuplicateId = new("BG1005", Severity.Error, "id used by two files");
    public static readonly DiagnosticCode FileTooLarge = new("BG1006", Severity.Error, "file too large");
    public static readonly DiagnosticCode MissingSiteConfig = new("BG1007", Severity.Error, "content/site.yml missing");
    public static readonly DiagnosticCode Unreadable = new("BG1008", Severity.Error, "file or folder the build may not read");

    // Front matter
    public static readonly DiagnosticCode MissingFrontMatter = new("BG2001", Severity.Error, "no front matter");
    public static readonly DiagnosticCode YamlSyntax = new("BG2002", Severity.Error, "YAML syntax error");
    public static readonly DiagnosticCode YamlFeatureNotAllowed = new("BG2003", Severity.Error, "YAML anchor, alias or tag");
    public static readonly DiagnosticCode DuplicateKey = new("BG2004", Severity.Error, "duplicate key");
    public static readonly DiagnosticCode UnknownKey = new("BG2005", Severity.Error, "unknown key");
    public static readonly DiagnosticCode WrongType = new("BG2006", Severity.Error, "value of the wrong type");
    public static readonly DiagnosticCode MissingKey = new("BG2007", Severity.Error, "required key missing");
    public static readonly DiagnosticCode InvalidDate = new("BG2008", Severity.Error, "invalid date");
    public static readonly DiagnosticCode FrontMatterTooComplex = new("BG2009", Severity.Error, "front matter too large or too deep");
    public static readonly DiagnosticCode InvalidValue = new("BG2010", Severity.Error, "value not allowed");
    public static readonly DiagnosticCode EndBeforeStart = new("BG2011", Severity.Error, "end date not after the start");
    public static readonly DiagnosticCode UnsafeUrl = new("BG2012", Severity.Error, "URL not a valid http(s) address");
    public static readonly DiagnosticCode IncompleteWebSource = new("BG2013", Severity.Warning, "web source without its address or accessed date");
    public static readonly DiagnosticCode BodySyntaxInText = new("BG2014", Severity.Warning, "citation or [[link]] in a plain-text field");
    public static readonly DiagnosticCode TextCutByComment = new("BG2015", Severity.Warning, "words after ' #' left out as a YAML comment");
    public static readonly DiagnosticCode AccessedBeforePublished = new("BG2016", Severity.Warning, "source read before it was published");
    public static readonly DiagnosticCode TypographicQuotesAround = new("BG2017", Severity.Warning, "value wrapped in typographic quotes");

    // References and citations
    public static readonly DiagnosticCode UnknownReference = new("BG3001", Severity.Error, "unknown id");
    public static readonly DiagnosticCode WrongReferenceKind = new("BG3002", Severity.Error, "id of the wrong kind");
    public static readonly DiagnosticCode UnknownLink = new("BG3003", Severity.Error, "[[link]] to an unknown id");
    public static readonly DiagnosticCode UnknownCitation = new("BG3004", Severity.Error, "citation of an unknown source");
    public static readonly DiagnosticCode UncitedSource = new("BG3005", Severity.Warning, "source nobody cites");
    public static readonly DiagnosticCode UncitedParagraph = new("BG3006", Severity.Warning, "paragraph without a citation");
    public static readonly DiagnosticCode LinkToDraft = new("BG3007", Severity.Warning, "link to an unpublished draft");
    public static readonly DiagnosticCode AfterOtherDate = new("BG3008", Severity.Error, "'after' names an event of another date");
    public static readonly DiagnosticCode AfterCycle = new("BG3009", Severity.Error, "'after' entries form a cycle");
    public static readonly DiagnosticCode IdAsLinkText = new("BG3010", Severity.Warning, "citation or [[link]] written as a link's text");
    public static readonly DiagnosticCode LinkToNoSection = new("BG3011", Severity.Warning, "[[id#section]] to a heading the page does not have");
    public static readonly DiagnosticCode FormerIdTaken = new("BG3012", Severity.Error, "former id that another document has or claims");

    // Markdown bodies
    public static readonly DiagnosticCode RawHtml = new("BG4001", Severity.Warning, "raw HTML shown as text");
    public static readonly DiagnosticCode UnsafeLinkUrl = new("BG4002", Severity.Error, "link URL scheme not allowed");
    public static readonly DiagnosticCode InsecureLinkUrl = new("BG4003", Severity.Warning, "plain http link");
    public static readonly DiagnosticCode NestingTooDeep = new("BG4004", Severity.Error, "Markdown nested too deeply");
    public static readonly DiagnosticCode PathologicalMarkdown = new("BG4005", Severity.Error, "Markdown too costly to parse");
    public static readonly DiagnosticCode MalformedInlineSyntax = new("BG4006", Severity.Error, "malformed [[link]] or [@citation]");
    public static readonly DiagnosticCode ControlCharacter = new("BG4007", Severity.Warning, "control character in the body");
    public static readonly DiagnosticCode NoteMismatch = new("BG4008", Severity.Warning, "note marker without a note, or note not shown");
    public static readonly DiagnosticCode RootRelativeUrl = new("BG4009", Severity.Warning, "link address from the site root");
    public static readonly DiagnosticCode LinkToNoPage = new("BG4010", Severity.Warning, "relative link to no page of the site");
    public static readonly DiagnosticCode LinkToNoPlace = new("BG4011", Severity.Warning, "link to a place its page does not have");
    public static readonly DiagnosticCode NothingToRead = new("BG4012", Severity.Warning, "heading or link without words");
    public static readonly DiagnosticCode OtherToolSyntax = new("BG4013", Severity.Warning, "another generator's template tag shown as text");

    // Templates and output
    public static readonly DiagnosticCode TemplateError = new("BG5001", Severity.Error, "template error");
    public static readonly DiagnosticCode UnlinkedPages = new("BG5002", Severity.Warning, "list page that links to none of its other pages");

    public static readonly IReadOnlyList<DiagnosticCode> All =
    [
        FileNotUtf8, SymbolicLink, UnexpectedFile, InvalidId, DuplicateId, FileTooLarge, MissingSiteConfig, Unreadable,
        MissingFrontMatter, YamlSyntax, YamlFeatureNotAllowed, DuplicateKey, UnknownKey, WrongType, MissingKey,
        InvalidDate, FrontMatterTooComplex, InvalidValue, EndBeforeStart, UnsafeUrl, IncompleteWebSource, BodySyntaxInText, TextCutByComment, AccessedBeforePublished, TypographicQuotesAround,
        UnknownReference, WrongReferenceKind, UnknownLink, UnknownCitation, UncitedSource, UncitedParagraph, LinkToDraft, AfterOtherDate, AfterCycle, IdAsLinkText, LinkToNoSection, FormerIdTaken,
        RawHtml, UnsafeLinkUrl, InsecureLinkUrl, NestingTooDeep, PathologicalMarkdown, MalformedInlineSyntax, ControlCharacter, NoteMismatch, RootRelativeUrl, LinkToNoPage, LinkToNoPlace, NothingToRead, OtherToolSyntax,
        TemplateError, UnlinkedPages,
    ];
}
