using BriefingGen.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace BriefingGen.FrontMatter;

/// <summary>
/// Stage 2b: parse front matter into a small positioned tree. Works on the event stream so that
/// anchors, aliases and tags are refused before they can expand, duplicate keys are caught, and
/// depth and size are capped before the recursion can run away.
/// </summary>
public static class YamlTreeReader
{
    public const int MaxDepth = 8;
    public const int MaxYamlChars = 64 * 1024;
    public const int MaxNodes = 5000;

    /// <summary>Reads one YAML mapping; null (with diagnostics) when it cannot be read safely.</summary>
    public static YamlMapping? ReadMapping(string yaml, string file, int firstLine, DiagnosticBag diagnostics)
    {
        var start = new SourceLocation(file, firstLine, 1);
        if (yaml.Length > MaxYamlChars)
        {
            diagnostics.Report(DiagnosticCodes.FrontMatterTooComplex, start, $"front matter is longer than {MaxYamlChars / 1024} KiB; move long text into the body");
            return null;
        }
        if (string.IsNullOrWhiteSpace(yaml)) return new YamlMapping([], start);

        var reader = new Reader(new Parser(new StringReader(yaml)), file, firstLine - 1, diagnostics);
        try
        {
            return reader.ReadDocument(start);
        }
        catch (YamlException e)
        {
            diagnostics.Report(DiagnosticCodes.YamlSyntax, reader.Locate(e.Start), $"YAML: {Describe(e)}");
            return null;
        }
        catch (StopReading)
        {
            return null;
        }
    }

    private static string Describe(YamlException e)
    {
        // YamlDotNet prefixes messages with its own "(Line: .., Col: ..)" which we already report.
        var message = e.Message;
        var close = message.IndexOf("): ", StringComparison.Ordinal);
        return message.StartsWith("(Line:", StringComparison.Ordinal) && close > 0 ? message[(close + 3)..] : message;
    }

    private sealed class StopReading : Exception;

    private sealed class Reader(IParser parser, string file, int lineOffset, DiagnosticBag diagnostics)
    {
        private int _nodes;

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
                throw Fail(DiagnosticCodes.YamlSyntax, second.Start, "front matter must be a single YAML document");
            }
            if (root is YamlMapping mapping) return mapping;
            if (root is YamlScalar { IsNull: true }) return new YamlMapping([], start);
            diagnostics.Report(DiagnosticCodes.WrongType, root.Location, "front matter must be a set of 'key: value' fields");
            return null;
        }

        private YamlValue ReadValue(int depth)
        {
            if (++_nodes > MaxNodes)
                throw Fail(DiagnosticCodes.FrontMatterTooComplex, parser.Current!.Start, $"front matter has more than {MaxNodes} values");
            var current = parser.Current!;
            if (current is AnchorAlias alias)
                throw Fail(DiagnosticCodes.YamlFeatureNotAllowed, alias.Start, $"YAML aliases (*{alias.Value}) are not allowed; write the value out");
            if (current is NodeEvent node)
            {
                if (!node.Anchor.IsEmpty)
                    throw Fail(DiagnosticCodes.YamlFeatureNotAllowed, node.Start, $"YAML anchors (&{node.Anchor}) are not allowed; write the value out");
                if (!node.Tag.IsEmpty)
                    throw Fail(DiagnosticCodes.YamlFeatureNotAllowed, node.Start, $"YAML tags ({node.Tag}) are not allowed");
            }
            if (depth > MaxDepth)
                throw Fail(DiagnosticCodes.FrontMatterTooComplex, current.Start, $"front matter is nested more than {MaxDepth} levels deep");

            switch (current)
            {
                case Scalar scalar:
                    parser.MoveNext();
                    return new YamlScalar(scalar.Value, scalar.Style == ScalarStyle.Plain, Locate(scalar.Start));
                case SequenceStart sequenceStart:
                {
                    parser.MoveNext();
                    var items = new List<YamlValue>();
                    while (!parser.TryConsume<SequenceEnd>(out _)) items.Add(ReadValue(depth + 1));
                    return new YamlSequence(items, Locate(sequenceStart.Start));
                }
                case MappingStart mappingStart:
                {
                    parser.MoveNext();
                    var entries = new List<YamlEntry>();
                    var seen = new Dictionary<string, YamlScalar>(StringComparer.Ordinal);
                    while (!parser.TryConsume<MappingEnd>(out _))
                    {
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
                    }
                    return new YamlMapping(entries, Locate(mappingStart.Start));
                }
                default:
                    throw Fail(DiagnosticCodes.YamlSyntax, current.Start, $"unexpected {current.GetType().Name}");
            }
        }

        /// <summary>Reports the problem and gives the exception that stops reading this file.</summary>
        private StopReading Fail(DiagnosticCode code, Mark at, string message)
        {
            diagnostics.Report(code, Locate(at), message);
            return new StopReading();
        }
    }
}
