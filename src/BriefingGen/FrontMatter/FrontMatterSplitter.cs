using BriefingGen.Diagnostics;
using BriefingGen.Loading;
using BriefingGen.Model;

namespace BriefingGen.FrontMatter;

/// <summary>Stage 2a: split "---\nYAML\n---\nMarkdown" into its parts, keeping line numbers.</summary>
public static class FrontMatterSplitter
{
    public static FrontMatterBlock? Split(ContentFile file, DiagnosticBag diagnostics)
    {
        var text = file.Text;
        var firstLineEnd = text.IndexOf('\n');
        var firstLine = firstLineEnd < 0 ? text : text[..firstLineEnd];
        if (IsStrayBomDelimiter(firstLine))
        {
            ReportStrayBom(file, diagnostics, 1, firstLine);
            return null;
        }
        if (CommentedDelimiter(firstLine) is { } openingComment)
        {
            diagnostics.Report(DiagnosticCodes.MissingFrontMatter, new SourceLocation(file.Path, 1, openingComment + 1),
                "the line that opens front matter must be '---' alone; move this comment onto a line of its own below it");
            return null;
        }
        // Trailing spaces after the opening '---' are invisible in an editor; the closing line allows them too.
        if (firstLine.TrimEnd() != "---")
        {
            diagnostics.Report(DiagnosticCodes.MissingFrontMatter, SourceLocation.StartOf(file.Path), BlankLinesBeforeOpening(text) is > 0 and var blank
                ? $"the front matter must start on line 1; delete the {(blank == 1 ? "blank line" : $"{blank} blank lines")} before '---'"
                // Hugo's TOML front matter, between '+++' lines, written 'title = "…"'.
                : firstLine.TrimEnd() == "+++"
                ? "front matter is YAML between '---' lines, not TOML between '+++': change both '+++' lines to '---' and write each field as 'key: value' (title = \"A\" becomes title: \"A\")"
                : "the file must start with front matter: a line '---', the YAML fields, and a closing line '---'");
            return null;
        }

        var yamlStart = firstLineEnd < 0 ? text.Length : firstLineEnd + 1;
        var lineStart = yamlStart;
        var line = 2;
        var yamlEndLine = 0;
        (int Line, int Column)? commentedCloser = null;
        while (lineStart <= text.Length)
        {
            var lineEnd = text.IndexOf('\n', lineStart);
            var content = lineEnd < 0 ? text[lineStart..] : text[lineStart..lineEnd];
            if (IsStrayBomDelimiter(content))
            {
                ReportStrayBom(file, diagnostics, line, content);
                return null;
            }
            if (content.TrimEnd() == "---")
            {
                var yaml = text[yamlStart..lineStart];
                var body = lineEnd < 0 ? "" : text[(lineEnd + 1)..];
                return new FrontMatterBlock(yaml, 2, new DocumentBody(body, line + 1));
            }
            if (yamlEndLine == 0 && content.TrimEnd() == "...") yamlEndLine = line;
            if (commentedCloser is null && CommentedDelimiter(content) is { } comment) commentedCloser = (line, comment + 1);
            if (lineEnd < 0) break;
            lineStart = lineEnd + 1;
            line++;
        }

        if (commentedCloser is var (closerLine, column))
            diagnostics.Report(DiagnosticCodes.MissingFrontMatter, new SourceLocation(file.Path, closerLine, column),
                "the line that closes front matter must be '---' alone; move this comment onto a line of its own above it");
        else if (yamlEndLine > 0)
            diagnostics.Report(DiagnosticCodes.MissingFrontMatter, new SourceLocation(file.Path, yamlEndLine, 1),
                "front matter is closed with a line '---', not '...'; change this line to '---'");
        else
            diagnostics.Report(DiagnosticCodes.MissingFrontMatter, SourceLocation.StartOf(file.Path),
                "the front matter opened on line 1 is never closed; add a line '---' after the last field");
        return null;
    }

    /// <summary>How many blank lines come before a '---' line that opens the file's front matter; 0 when the text starts otherwise.</summary>
    private static int BlankLinesBeforeOpening(string text)
    {
        var lines = text.Split('\n');
        var blank = lines.TakeWhile(l => l.Trim().Length == 0).Count();
        return blank < lines.Length && lines[blank].TrimEnd() == "---" ? blank : 0;
    }

    /// <summary>
    /// Where the comment starts on a '--- # comment' line: YAML allows it, but the front matter of
    /// every static site generator, and GitHub's preview of it, is a line '---' alone.
    /// </summary>
    private static int? CommentedDelimiter(string line)
    {
        if (!line.StartsWith("---", StringComparison.Ordinal)) return null;
        var rest = line.AsSpan(3);
        var spaces = rest.Length - rest.TrimStart(" \t").Length;
        return spaces > 0 && spaces < rest.Length && rest[spaces] == '#' ? 3 + spaces : null;
    }

    /// <summary>An editor shows this line as a '---' delimiter, but a BOM keeps it from being one.</summary>
    private static bool IsStrayBomDelimiter(string line) =>
        line.Contains('\uFEFF') && line.Replace("\uFEFF", "").TrimEnd() == "---";

    private static void ReportStrayBom(ContentFile file, DiagnosticBag diagnostics, int line, string content) =>
        diagnostics.Report(DiagnosticCodes.YamlSyntax, new SourceLocation(file.Path, line, content.IndexOf('\uFEFF') + 1),
            "invisible BOM character (byte-order mark, U+FEFF) here; delete it (it is only allowed at the very start of the file)");
}
