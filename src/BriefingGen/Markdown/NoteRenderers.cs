using Markdig.Extensions.Footnotes;
using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace BriefingGen.Markdown;

/// <summary>
/// Markdown footnotes are explanatory notes, lettered "a", "b", … so they never look like the
/// numbered citations beside them (the notes/references split of an encyclopedia article).
/// </summary>
public static class NoteLetters
{
    /// <summary>1 → "a", 26 → "z", 27 → "aa".</summary>
    public static string Of(int order)
    {
        var letters = "";
        for (var n = order; n > 0; n = (n - 1) / 26) letters = (char)('a' + (n - 1) % 26) + letters;
        return letters;
    }
}

/// <summary>A note marker: a superscript letter, without the brackets citations have.</summary>
public sealed class NoteLinkRenderer : HtmlObjectRenderer<FootnoteLink>
{
    protected override void Write(HtmlRenderer renderer, FootnoteLink link)
    {
        var letter = NoteLetters.Of(link.Footnote.Order);
        if (!renderer.EnableHtmlForInline)
        {
            if (!link.IsBackLink) renderer.Write(letter);
            return;
        }
        renderer.Write(link.IsBackLink
            ? $"<a href=\"#fnref:{link.Index}\" class=\"footnote-back-ref\" aria-label=\"Back to the text of note {letter}\">↩</a>"
            : $"<sup class=\"note-ref\"><a id=\"fnref:{link.Index}\" href=\"#fn:{link.Footnote.Order}\" class=\"footnote-ref\" role=\"doc-noteref\" aria-label=\"Note {letter}\">{letter}</a></sup>");
    }
}

/// <summary>The notes of a body under their own "Notes" heading, lettered like their markers.</summary>
public sealed class NotesRenderer : HtmlObjectRenderer<FootnoteGroup>
{
    protected override void Write(HtmlRenderer renderer, FootnoteGroup notes)
    {
        // Only notes no marker names (BG4008, not shown): a "Notes" heading over nothing.
        if (!notes.OfType<Footnote>().Any()) return;
        renderer.EnsureLine();
        renderer.WriteLine("<section class=\"notes\" id=\"notes\" role=\"doc-endnotes\">");
        renderer.WriteLine("<h2>Notes</h2>");
        renderer.WriteLine("<ol type=\"a\">");
        foreach (var note in notes.OfType<Footnote>())
        {
            renderer.WriteLine($"<li id=\"fn:{note.Order}\" value=\"{note.Order}\">");
            renderer.WriteChildren(note);
            renderer.WriteLine("</li>");
        }
        renderer.WriteLine("</ol>");
        renderer.WriteLine("</section>");
    }
}
