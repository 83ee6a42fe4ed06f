using System.Diagnostics;
using System.Text.RegularExpressions;
using BriefingGen.Diagnostics;
using BriefingGen.Loading;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace BriefingGen.FrontMatter;

/// <summary>
/// Stage 2b: parse front matter into a small positioned tree. Works on the event stream so that
/// anchors, aliases and tags are refused before they can expand, duplicate keys are caught, and
/// depth and size are capped before the recursion can run away.
/// </summary>
public static partial class YamlTreeReader
{
    public const int MaxDepth = 8;
    public const int MaxYamlChars = 64 * 1024;
    public const int MaxNodes = 5000;

    /// <summary>A document's front matter, or site.yml, which is all fields and no body.</summary>
    private static bool IsDocument(string file) => file.EndsWith(".md", StringComparison.Ordinal);

    /// <summary>What the messages call the YAML read: "front matter", or "site.yml".</summary>
    private static string Called(string file) => IsDocument(file) ? "front matter" : Path.GetFileName(file);

    /// <summary>Reads one YAML mapping; null (with diagnostics) when it cannot be read safely.</summary>
    public static YamlMapping? ReadMapping(string yaml, string file, int firstLine, DiagnosticBag diagnostics)
    {
        var start = new SourceLocation(file, firstLine, 1);
        if (yaml.Length > MaxYamlChars)
        {
            diagnostics.Report(DiagnosticCodes.FrontMatterTooComplex, start, IsDocument(file)
                ? $"front matter is longer than {MaxYamlChars / 1024} KiB; move long text into the body"
                : $"{Called(file)} is longer than {MaxYamlChars / 1024} KiB; keep it to the site's settings");
            return null;
        }
        if (ReportInvisibleCharacter(yaml, file, firstLine, diagnostics)) return null;
        if (string.IsNullOrWhiteSpace(yaml)) return new YamlMapping([], start);

        var separators = new LineSeparatorDisguise(yaml);
        var scanner = new Scanner(new StringReader(separators.Text));
        var reader = new Reader(new Parser(scanner), file, firstLine - 1, separators, diagnostics);
        try
        {
            return reader.ReadDocument(start);
        }
        catch (StopReading)
        {
            return null;
        }
        catch (Exception e) when (ThrownByYamlLibrary(e))
        {
            // YamlDotNet throws more than YamlException on malformed text (InvalidOperationException,
            // ArgumentException, ...), and some of its errors carry no position: then the scanner's
            // own position is the best one known.
            var at = e is YamlException { Start: var mark, End: var end } && !(mark.Equals(Mark.Empty) && end.Equals(Mark.Empty)) ? mark : scanner.CurrentPosition;
            // A tab in indentation is reported where the block being read began; the culprit is the first tab indenting a line from there.
            // A tab before the first key leaves the library expecting the document to end at the second.
            var tab = e.Message.Contains(" tab ", StringComparison.Ordinal) ? TabIndentationFrom(separators.Text, (int)at.Index)
                : e.Message.Contains("expected <document end>", StringComparison.Ordinal) && TabIndentationFrom(separators.Text, 0) is { } first && first <= at.Index
                  && LineOf(separators.Text, first) >= LineOf(separators.Text, (int)at.Index) - 1 ? first
                : null;
            // "title: *Urgent* review": the text after an alias is YAML's next error, the same problem.
            if (reader.RefusedOnLine(at.Line)) return null;
            if (tab is not null)
                diagnostics.Report(DiagnosticCodes.YamlSyntax, Locate(yaml, tab.Value, file, firstLine), "YAML: a tab is used to indent this line; YAML indents with spaces only");
            else if (OddSpacing(separators.Text, (int)at.Index) is var (spacingAt, spacing))
                diagnostics.Report(DiagnosticCodes.YamlSyntax, Locate(yaml, spacingAt, file, firstLine), "YAML: " + spacing);
            // The library fails on an anchor before a later pair of a '{...}' ("{a: &x 1, b: 2}"), valid YAML:
            // the anchor is the problem to name, as it is everywhere else.
            else if (e is YamlException && e.Message.Contains("flow mapping", StringComparison.Ordinal)
                     && YamlSyntaxAdvice.AnchorInFlow(yaml, reader.OpenFlow, (int)at.Index) is var (anchorAt, anchor))
                diagnostics.Report(DiagnosticCodes.YamlFeatureNotAllowed, Locate(yaml, anchorAt, file, firstLine),
                    $"'&{anchor}' reads as a YAML anchor, which {Called(file)} does not use; remove it, or if it is text, put the whole value in quotes");
            else if (e is YamlException)
            {
                var (index, message) = YamlSyntaxAdvice.Explain(e.Message, yaml, (int)at.Index, reader.OpenFlow);
                diagnostics.Report(DiagnosticCodes.YamlSyntax, Locate(yaml, index, file, firstLine), message);
            }
            else
                diagnostics.Report(DiagnosticCodes.YamlSyntax, reader.Locate(at), $"YAML: {LibraryFailure}");
            return null;
        }
    }

    /// <summary>Any failure that passed through the YAML library is about the text it was given, not a bug of ours.</summary>
    private static bool ThrownByYamlLibrary(Exception e)
    {
        var library = typeof(Parser).Assembly.GetName().Name;
        // By name: the native CLI keeps a frame's assembly name, not the method's reflection data.
        return e is YamlException || new StackTrace(e).GetFrames().Any(f => DiagnosticMethodInfo.Create(f)?.DeclaringAssemblyName is { } name
            && new System.Reflection.AssemblyName(name).Name == library);
    }

    // Exceptions other than YamlException speak of the library's internals, so they say what to look for instead.
    private const string LibraryFailure =
        "the front matter cannot be read from here on; check for an unclosed bracket or quote, a stray '...' or '---', or a '!' tag";

    /// <summary>
    /// Characters an editor does not show that YAML misreads: NUL ends YamlDotNet's input there and
    /// then, and a byte-order mark past the start of the file becomes part of a key or value. Each is
    /// named where it is, instead of the confusing errors that would follow.
    /// </summary>
    private static bool ReportInvisibleCharacter(string yaml, string file, int firstLine, DiagnosticBag diagnostics)
    {
        var at = yaml.AsSpan().IndexOfAny('\0', '\uFEFF');
        if (at < 0) return false;
        diagnostics.Report(DiagnosticCodes.YamlSyntax, Locate(yaml, at, file, firstLine), yaml[at] == '\0'
            ? "NUL character (U+0000) here; remove it (an editor may show it as nothing or as a box)"
            : "invisible BOM character (byte-order mark, U+FEFF) here; delete it (it is only allowed at the very start of the file)");
        return true;
    }

    private static int LineOf(string text, int index) => text.AsSpan(0, Math.Min(index, text.Length)).Count('\n');

    /// <summary>The index of the first tab in the indentation of a line, from the line holding index on; null when there is none.</summary>
    private static int? TabIndentationFrom(string yaml, int index)
    {
        var lineStart = yaml.AsSpan(0, Math.Min(index, yaml.Length)).LastIndexOf('\n') + 1;
        var tab = TabIndentation().Match(yaml, lineStart);
        return tab.Success ? tab.Index + tab.Length - 1 : null;
    }

    [GeneratedRegex("^ *\t", RegexOptions.Multiline)]
    private static partial Regex TabIndentation();

    /// <summary>
    /// Spacing pasted from a word processor or a web page that YAML does not read as spacing, on a line
    /// up to the one where reading failed (which is often a later one): a no-break or other Unicode
    /// space indenting a line or after a key's ':', or no space at all after the ':' ("title:\"T\"",
    /// which reads as one word). The library only says it found no mapping, lines further on. A
    /// candidate is named only when the text reads past the failure with it mended: "- mailto:x" in
    /// a list is fine, and must not hide the quote left open below it.
    /// </summary>
    private static (int At, string Message)? OddSpacing(string yaml, int failedAt)
    {
        const int MostTried = 8;
        var lastLineEnd = yaml.IndexOf('\n', Math.Min(failedAt, yaml.Length)) is var end and >= 0 ? end : yaml.Length;
        var tried = 0;
        foreach (Match line in KeyLine().Matches(yaml[..lastLineEnd]))
        {
            var indent = line.Groups["indent"];
            var after = line.Groups["after"];
            (int At, string Message, string Mended) candidate;
            if (indent.Value.AsSpan().IndexOfAnyExcept(' ', '-') is var odd and >= 0)
                candidate = (indent.Index + odd, $"this line is indented with {SpaceName(indent.Value[odd])}, which YAML does not count as a space; indent with ordinary spaces",
                    yaml[..(indent.Index + odd)] + " " + yaml[(indent.Index + odd + 1)..]);
            else if (!after.Success) continue;
            else if (IsOddSpace(after.Value[0]))
                candidate = (after.Index, $"the space after '{line.Groups["key"].Value}:' is {SpaceName(after.Value[0])}, which YAML does not count as one; type an ordinary space",
                    yaml[..after.Index] + " " + yaml[(after.Index + 1)..]);
            else
                candidate = (after.Index, $"'{line.Groups["key"].Value}:' needs a space after the ':', or the line reads as one word, not as a key and its value; write '{line.Groups["key"].Value}: {Model.TextElements.Shorten(RestOfLine(yaml, after.Index), 40, "...")}'",
                    yaml[..after.Index] + " " + yaml[after.Index..]);
            if (ReadsPast(candidate.Mended, failedAt)) return (candidate.At, candidate.Message);
            if (++tried == MostTried) break;
        }
        return null;
    }

    private static bool IsOddSpace(char c) => c != ' ' && c != '\t' && (char.IsWhiteSpace(c) || c == '\u200B');

    /// <summary>Whether the library reads the text to its end, or fails only further on than index.</summary>
    private static bool ReadsPast(string yaml, int index)
    {
        try
        {
            var parser = new Parser(new Scanner(new StringReader(yaml)));
            while (parser.MoveNext())
            {
            }
            return true;
        }
        catch (YamlException e)
        {
            return e.Start.Index > index + 1;
        }
        // The library throws other exceptions on some malformed text, with no place to compare.
        catch (Exception e) when (ThrownByYamlLibrary(e))
        {
            return false;
        }
    }

    private static string RestOfLine(string text, int from) => text[from..(text.IndexOf('\n', from) is var end and >= 0 ? end : text.Length)].TrimEnd();

    private static string SpaceName(char space) => space switch
    {
        '\u00A0' => "a no-break space (U+00A0)",
        '\u200B' => "a zero-width space (U+200B)",
        _ => $"the space character U+{(int)space:X4}",
    };

    /// <summary>
    /// A line's indentation (spaces, list dashes and any Unicode space), then a key and ':' where one
    /// starts; "after" is what follows the ':' when it is not an ordinary space, a tab, a line end or
    /// the '//' of an address. The indentation alone matches any line.
    /// </summary>
    [GeneratedRegex("""^(?<indent>[ \-\p{Zs}\u200B]*)(?:(?<key>[A-Za-z_][A-Za-z0-9_]*):(?<after>[^ \t\n/]))?""", RegexOptions.Multiline)]
    private static partial Regex KeyLine();

    /// <summary>The 1-based line and column of a character of the front matter (its lines end in LF).</summary>
    private static SourceLocation Locate(string yaml, int index, string file, int firstLine) =>
        new(file, firstLine + yaml.AsSpan(0, index).Count('\n'), index == 0 ? 1 : index - yaml.LastIndexOf('\n', index - 1));

    private sealed class StopReading : Exception;

    private sealed class Reader(IParser parser, string file, int lineOffset, LineSeparatorDisguise separators, DiagnosticBag diagnostics)
    {
        /// <summary>The comment that starts at index, or after spaces from there, up to the end of its line.</summary>
        private string? CommentAt(int index)
        {
            var text = separators.Text;
            var end = text.IndexOf('\n', Math.Min(index, text.Length)) is var newline and >= 0 ? newline : text.Length;
            var rest = text.AsSpan(Math.Min(index, end), end - Math.Min(index, end)).Trim();
            return rest.Length > 1 && rest[0] == '#' ? separators.Restore(rest.ToString()) : null;
        }

        /// <summary>
        /// A comment after a plain value on its line that reads as more of it: '#' then a letter or
        /// digit ("title: C# and #tags", "Peru #1"), where a note for a reader would start "# ".
        /// </summary>
        private CutOffWords? WordsCutOff(Scalar scalar)
        {
            var end = (int)scalar.End.Index;
            if (CommentAt(end) is not { Length: > 1 } comment || !char.IsLetterOrDigit(comment[1])) return null;
            var text = separators.Text;
            var at = text.IndexOf('#', end);
            var location = new SourceLocation(file, (int)scalar.End.Line + lineOffset, (int)scalar.End.Column + (at - end));
            // One line from the value's start to the line's end is the value meant; a value of several lines is not offered.
            var lineEnd = text.IndexOf('\n', end) is var newline and >= 0 ? newline : text.Length;
            var meant = scalar.Start.Line == scalar.End.Line ? separators.Restore(text[(int)scalar.Start.Index..lineEnd].TrimEnd()) : null;
            return new CutOffWords(comment, meant, location);
        }

        private int _nodes;
        private readonly Stack<int> _openFlows = new();

        /// <summary>The index of the innermost '[' or '{' being read, for an error that it was never closed.</summary>
        public int? OpenFlow => _openFlows.Count > 0 ? _openFlows.Peek() : null;

        public SourceLocation Locate(Mark mark) => new(file, (int)mark.Line + lineOffset, (int)mark.Column);

        public YamlMapping? ReadDocument(SourceLocation start)
        {
            parser.Consume<StreamStart>();
            if (parser.TryConsume<StreamEnd>(out _)) return new YamlMapping([], start);
            parser.Consume<DocumentStart>();
            var root = ReadValue(0);
            parser.Consume<DocumentEnd>();
            if (parser.Accept<DocumentStart>(out var second))
            {
                // site.yml copied from a brief keeps the closing '---' of front matter, which starts a second document.
                throw Fail(DiagnosticCodes.YamlSyntax, second.Start, IsDocument(file)
                    ? "front matter must be a single YAML document"
                    : $"{Called(file)} must be a single YAML document; remove this line (unlike a brief, it has no '---' lines around its fields)");
            }
            if (root is YamlMapping mapping) return mapping;
            if (root is YamlScalar { IsNull: true }) return new YamlMapping([], start);
            diagnostics.Report(DiagnosticCodes.WrongType, root.Location, $"{Called(file)} must be a set of 'key: value' fields");
            return null;
        }

        private YamlValue ReadValue(int depth)
        {
            if (++_nodes > MaxNodes)
                throw Fail(DiagnosticCodes.FrontMatterTooComplex, parser.Current!.Start, $"{Called(file)} has more than {MaxNodes} values");
            var current = parser.Current!;
            // An anchor, alias or tag is refused, and reading goes on, so the file's other problems are
            // reported in the same run: the file fails whatever else it holds, so nothing read past
            // one is used. An alias is never followed (one alias bomb is 3^n values); it stands for
            // itself, as written, so the field it is in is not also missing.
            if (current is AnchorAlias alias)
            {
                Refuse(alias.Start, $"'*{alias.Value}' reads as a YAML alias, which {Called(file)} does not use; write the value out, or if it is text (*emphasis*), put the whole value in quotes",
                    alias: alias.Value.Value);
                parser.MoveNext();
                return new YamlScalar("*" + alias.Value, Plain: false, Locate(alias.Start));
            }
            if (current is NodeEvent node)
            {
                if (!node.Anchor.IsEmpty)
                    Refuse(node.Start, $"'&{node.Anchor}' reads as a YAML anchor, which {Called(file)} does not use; remove it, or if it is text, put the whole value in quotes",
                        anchor: node.Anchor.Value);
                if (!node.Tag.IsEmpty)
                    Refuse(node.Start, $"YAML tags ({node.Tag}) are not allowed");
            }
            if (depth > MaxDepth)
                throw Fail(DiagnosticCodes.FrontMatterTooComplex, current.Start, $"{Called(file)} is nested more than {MaxDepth} levels deep");

            switch (current)
            {
                case Scalar scalar:
                    parser.MoveNext();
                    var plain = scalar.Style == ScalarStyle.Plain;
                    return new YamlScalar(TextFile.WithIsolates(separators.Restore(scalar.Value)), plain, Locate(scalar.Start))
                    {
                        CommentInstead = plain && scalar.Value.Length == 0 ? CommentAt((int)scalar.Start.Index) : null,
                        WordsCutOff = plain && scalar.Value.Length > 0 ? WordsCutOff(scalar) : null,
                    };
                case SequenceStart sequenceStart:
                {
                    if (sequenceStart.Style == SequenceStyle.Flow) _openFlows.Push((int)sequenceStart.Start.Index);
                    parser.MoveNext();
                    var items = new List<YamlValue>();
                    while (!parser.TryConsume<SequenceEnd>(out _)) items.Add(ReadValue(depth + 1));
                    if (sequenceStart.Style == SequenceStyle.Flow) _openFlows.Pop();
                    return new YamlSequence(items, Locate(sequenceStart.Start));
                }
                case MappingStart mappingStart:
                {
                    // "a: b" in a flow list is a map without braces: the library places it at the start of the text.
                    var braced = mappingStart.Style == MappingStyle.Flow && separators.Text[(int)mappingStart.Start.Index] == '{';
                    var unbraced = mappingStart.Style == MappingStyle.Flow && !braced;
                    if (braced) _openFlows.Push((int)mappingStart.Start.Index);
                    parser.MoveNext();
                    var entries = new List<YamlEntry>();
                    var seen = new Dictionary<string, YamlScalar>(StringComparer.Ordinal);
                    HashSet<string>? refused = null;
                    while (!parser.TryConsume<MappingEnd>(out _))
                    {
                        var refusalsBefore = _refusals;
                        var keyValue = ReadValue(depth + 1);
                        if (keyValue is not YamlScalar key)
                        {
                            diagnostics.Report(DiagnosticCodes.WrongType, keyValue.Location, "a key must be a plain name");
                            throw new StopReading();
                        }
                        var value = ReadValue(depth + 1);
                        if (seen.TryGetValue(key.Text, out var first))
                        {
                            diagnostics.Report(DiagnosticCodes.DuplicateKey, key.Location,
                                $"key '{key.Text}' is given twice (first on line {first.Location.Line}); keep one");
                            continue;
                        }
                        seen[key.Text] = key;
                        entries.Add(new YamlEntry(key, value));
                        if (_refusals > refusalsBefore) (refused ??= new HashSet<string>(StringComparer.Ordinal)).Add(key.Text);
                    }
                    if (braced) _openFlows.Pop();
                    return new YamlMapping(entries, unbraced && entries.Count > 0 ? entries[0].Key.Location : Locate(mappingStart.Start)) { Refused = (IReadOnlySet<string>?)refused ?? System.Collections.Immutable.ImmutableHashSet<string>.Empty };
                }
                default:
                    throw Fail(DiagnosticCodes.YamlSyntax, current.Start, $"unexpected {current.GetType().Name}");
            }
        }

        /// <summary>Past this many, the anchors, aliases and tags of a file are not reported one by one.</summary>
        private const int MostRefusalsReported = 10;

        /// <summary>Anchors, aliases and tags met so far.</summary>
        private int _refusals;
        /// <summary>The lines (as the library counts them) of those reported: one a line.</summary>
        private readonly HashSet<long> _refusedLines = [];
        private readonly HashSet<string> _anchors = new(StringComparer.Ordinal);

        public bool RefusedOnLine(long line) => _refusedLines.Contains(line);

        /// <param name="alias">An alias's name: one that names an anchor of the file is that anchor's problem, reported already.</param>
        private void Refuse(Mark at, string message, string? anchor = null, string? alias = null)
        {
            _refusals++;
            if (anchor is not null) _anchors.Add(anchor);
            if ((alias is not null && _anchors.Contains(alias)) || _refusedLines.Count >= MostRefusalsReported || !_refusedLines.Add(at.Line)) return;
            diagnostics.Report(DiagnosticCodes.YamlFeatureNotAllowed, Locate(at), message);
        }

        /// <summary>Reports the problem and gives the exception that stops reading this file.</summary>
        private StopReading Fail(DiagnosticCode code, Mark at, string message)
        {
            diagnostics.Report(code, Locate(at), message);
            return new StopReading();
        }
    }
}
