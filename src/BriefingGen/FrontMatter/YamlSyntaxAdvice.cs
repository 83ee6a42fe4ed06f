using System.Globalization;

namespace BriefingGen.FrontMatter;

/// <summary>
/// Turns the YAML library's account of a syntax error ("While scanning a plain scalar value, found
/// invalid mapping.") into what a contributor does about it ("a value containing ': ' must be
/// quoted: title: \"Peru: x\""), at the character to change. Errors it does not know keep the
/// library's words.
/// </summary>
public static class YamlSyntaxAdvice
{
    /// <summary>The first anchor ("&amp;x") that starts a value after the '{' or '[' still open at <paramref name="at"/>: its index and name; null when there is none.</summary>
    public static (int At, string Name)? AnchorInFlow(string yaml, int? openFlow, int at)
    {
        if (openFlow is not { } open || open >= at) return null;
        // What came before the current position, spaces aside: a value starts after one of these.
        var previous = yaml[open];
        for (var i = open + 1; i < Math.Min(at, yaml.Length); i++)
        {
            var c = yaml[i];
            if (char.IsWhiteSpace(c)) continue;
            var startsValue = previous is '{' or '[' or ',' or ':' or '?' or '-';
            // Quoted text ("x &y", 'it''s') and comments hold no anchor.
            if (c is '"' or '\'' && startsValue)
            {
                for (i++; i < yaml.Length; i++)
                {
                    if (c == '"' && yaml[i] == '\\') i++;
                    else if (yaml[i] == c && c == '\'' && i + 1 < yaml.Length && yaml[i + 1] == '\'') i++;
                    else if (yaml[i] == c) break;
                }
                previous = c;
                continue;
            }
            if (c == '#' && char.IsWhiteSpace(yaml[i - 1]))
            {
                while (i < yaml.Length && yaml[i] != '\n') i++;
                continue;
            }
            if (c == '&' && startsValue)
            {
                var end = i + 1;
                while (end < yaml.Length && !char.IsWhiteSpace(yaml[end]) && yaml[end] is not (',' or '[' or ']' or '{' or '}')) end++;
                if (end > i + 1) return (i, yaml[(i + 1)..end]);
            }
            previous = c;
        }
        return null;
    }

    /// <param name="problem">The library's message.</param>
    /// <param name="yaml">The front matter, its lines ending in LF.</param>
    /// <param name="at">The index where the library stopped.</param>
    /// <param name="openFlow">The index of the innermost '[' or '{' not yet closed there, if any.</param>
    /// <returns>Where to report the problem and what to say.</returns>
    public static (int At, string Message) Explain(string problem, string yaml, int at, int? openFlow)
    {
        at = Math.Clamp(at, 0, yaml.Length);
        var lineStart = at == 0 ? 0 : yaml.LastIndexOf('\n', at - 1) + 1;
        var lineEnd = yaml.IndexOf('\n', at) is var end and >= 0 ? end : yaml.Length;
        var line = yaml[lineStart..lineEnd];
        var column = at - lineStart;
        var keyEnd = KeySeparator(line);
        var advice = problem switch
        {
            _ when problem.Contains("plain scalar value, found invalid mapping", StringComparison.Ordinal) && keyEnd >= 0 =>
                keyEnd < column
                    ? (at, $"a value {(column + 1 >= line.TrimEnd().Length ? "ending in ':'" : "containing ': '")} must be quoted: {QuotedValue(line, keyEnd)}")
                    : (lineStart + Indentation(line), $"'{line[Indentation(line)..keyEnd]}' is indented further than the key above it, so it reads as part of that value; " +
                        "start it in the same column as the other keys (or quote the value above, if this line belongs to it)"),
            // '"Peru": x' closes a quoted value before its ': '.
            _ when problem.Contains("Mapping values are not allowed in this context", StringComparison.Ordinal) && keyEnd >= 0 && keyEnd < column =>
                (at, $"a value containing ': ' must be quoted: {QuotedValue(line, keyEnd)}"),
            _ when problem.Contains("quoted scalar, found unexpected end of stream", StringComparison.Ordinal) && at < yaml.Length => (at, yaml[at] == '\''
                ? "this quoted value is never closed; add the closing ' at its end (a ' inside it is written '')"
                : "this quoted value is never closed; add the closing \" at its end (a \" inside it is written \\\")"),
            _ when problem.Contains("found unknown escape character", StringComparison.Ordinal) && BadEscape(yaml, at) is { } backslash =>
                (backslash, $"'\\{yaml[backslash + 1]}' is not an escape sequence; {BackslashAdvice}"),
            _ when problem.Contains("did not find expected hexadecimal number", StringComparison.Ordinal) && BadEscape(yaml, at) is { } backslash =>
                (backslash, $"'\\{yaml[backslash + 1]}' must be followed by a character's hexadecimal code; {BackslashAdvice}"),
            _ when problem.Contains("found wrong indentation", StringComparison.Ordinal) =>
                (at, "this quoted value runs over several lines and one of them is not indented; close the quote where the value ends, or indent the lines that continue it"),
            _ when problem.Contains("did not find expected ',' or ']'", StringComparison.Ordinal) => Unclosed(yaml, at, openFlow, '['),
            _ when problem.Contains("did not find expected ',' or '}'", StringComparison.Ordinal) => Unclosed(yaml, at, openFlow, '{'),
            // A '[' or '{' left open at the end of the front matter leaves nothing to read.
            _ when problem.Contains("did not find expected node content", StringComparison.Ordinal) && openFlow is { } open && OnEarlierLine(yaml, open, at) =>
                Unclosed(yaml, at, open, yaml[open]),
            _ when (problem.Contains("character that cannot start any token", StringComparison.Ordinal) || problem.Contains("did not find expected node content", StringComparison.Ordinal))
                   && at < yaml.Length && yaml[at] != '\n' =>
                (at, keyEnd >= 0 && keyEnd < column
                    ? $"a value cannot start with '{yaml[at]}'; quote it: {QuotedValue(line, keyEnd)}"
                    : $"'{yaml[at]}' cannot start a value or a key; quote the text it begins"),
            // "summary: & more": an anchor's name cannot be empty.
            _ when problem.Contains("anchor or alias, found value containing disallowed", StringComparison.Ordinal) && keyEnd >= 0 && keyEnd < column =>
                (at, $"'&' or '*' starting a value marks a YAML anchor or alias; if it is text, quote the value: {QuotedValue(line, keyEnd)}"),
            _ when problem.Contains("Block sequence entries are not allowed", StringComparison.Ordinal) =>
                (at, "a list item ('- ') cannot follow a key on the same line; put each item on a line of its own under the key, or quote the value if the dash is part of the text"),
            _ when problem.Contains("block mapping, did not find expected key", StringComparison.Ordinal) => (at, NotAKey(line, column)),
            _ when problem.Contains("did not find expected '-' indicator", StringComparison.Ordinal) => (at, ItemOutOfLine(yaml, lineStart, line)
                ?? "this line is inside the list above but is not an item of it; start it with '- ' in the same column as the other items, or move it back to the column of the keys"),
            _ when problem.Contains("block scalar, did not find expected comment or line break", StringComparison.Ordinal) =>
                (at, "text cannot follow '|' or '>' on the same line; start the text on the next line, indented"),
            // A directive needs a '---' after it, and the '---' lines around front matter are not YAML's.
            _ when problem.Contains("did not find expected <document start>", StringComparison.OrdinalIgnoreCase) && Directive(yaml, at) is { } directive =>
                (directive, $"'{Shortened(LineAt(yaml, directive))}' is a YAML directive, which these fields do not take; remove the line"),
            _ => (at, problem),
        };
        return (advice.Item1, "YAML: " + advice.Item2);
    }

    /// <summary>The start of the first line that begins with '%', a YAML directive, when it comes before index.</summary>
    private static int? Directive(string yaml, int at)
    {
        var start = yaml.StartsWith('%') ? 0 : yaml.IndexOf("\n%", StringComparison.Ordinal) is var newline and >= 0 ? newline + 1 : -1;
        return start >= 0 && start <= at ? start : null;
    }

    private static string LineAt(string yaml, int lineStart) =>
        yaml[lineStart..(yaml.IndexOf('\n', lineStart) is var end and >= 0 ? end : yaml.Length)].TrimEnd();

    /// <summary>Why a line where the library expected a key is not one.</summary>
    private static string NotAKey(string line, int column)
    {
        var before = line[..column].TrimEnd();
        if (KeySeparator(before) >= 0 && (before.EndsWith('"') || before.EndsWith('\'')))
            return "text follows the closing quote of this value; quote the whole value (a ' inside '...' is written '', a \" inside \"...\" is written \\\")";
        var rest = line[column..].TrimEnd();
        if (rest == "-" || rest.StartsWith("- ", StringComparison.Ordinal))
            return "this list item is not in line with a list: items start in the same column, under a key that ends its line with ':' (such as 'tags:')";
        if (KeySeparator(rest) < 0)
            return $"'{Shortened(rest)}' is not a 'key: value' field; add ': ' after the key, or indent the line if it continues the value above";
        // YAML reads a key of more than 1,024 characters as no key at all.
        if (KeySeparator(rest) > MaxKeyLength)
            return string.Create(CultureInfo.InvariantCulture, $"this key is {KeySeparator(rest):N0} characters long, more than the {MaxKeyLength:N0} YAML reads as a key; shorten it");
        return "this key is not in line with the keys above it; the keys of one map start in the same column";
    }

    /// <summary>An item ('- ') a column or two off the items above it: said in columns, since it does start with '- '.</summary>
    private static string? ItemOutOfLine(string yaml, int lineStart, string line)
    {
        if (!IsItem(line)) return null;
        for (var above = lineStart - 1; above > 0;)
        {
            var start = yaml.LastIndexOf('\n', above - 1) + 1;
            var previous = yaml[start..above];
            if (IsItem(previous))
                return Indentation(previous) == Indentation(line) ? null
                    : $"this item starts in column {Indentation(line) + 1} and the item above it in column {Indentation(previous) + 1}; start every item of the list in the same column";
            above = start - 1;
        }
        return null;
    }

    private static bool IsItem(string line) => line.TrimStart(' ') is "-" or ['-', ' ', ..];

    /// <summary>An unclosed '[' or '{' is reported where it opened; a missing ',' on the same line, where it is missing.</summary>
    private static (int, string) Unclosed(string yaml, int at, int? openFlow, char open)
    {
        var (what, close, part) = open == '[' ? ("list", ']', "item") : ("map", '}', "field");
        if (openFlow is { } start && OnEarlierLine(yaml, start, at))
            return (start, $"the {what} opened with '{open}' here is never closed; end it with '{close}'");
        return (at, $"expected ', ' before the next {part} or '{close}' to end the {what}; quote a value that contains a comma, a bracket, a brace or ': '");
    }

    private static bool OnEarlierLine(string yaml, int index, int at) => index < at && yaml.AsSpan(index, at - index).Contains('\n');

    /// <summary>"key: \"the value\"": the line's key and its value (without a comment) in the quotes that fit it.</summary>
    private static string QuotedValue(string line, int keyEnd)
    {
        var value = line[(keyEnd + 1)..];
        if (value.IndexOf(" #", StringComparison.Ordinal) is var comment and >= 0) value = value[..comment];
        value = value.Trim();
        var quoted = !value.Contains('"') && !value.Contains('\\') ? $"\"{value}\""
            : !value.Contains('\'') ? $"'{value}'"
            : YamlText.DoubleQuoted(value);
        return $"{line[..(keyEnd + 1)].TrimStart()} {quoted}";
    }

    /// <summary>The index of the ':' that ends a line's key (followed by a space or the end of the line), or -1.</summary>
    private static int KeySeparator(string line)
    {
        for (var i = line.IndexOf(':'); i >= 0; i = line.IndexOf(':', i + 1))
            if (i + 1 == line.Length || line[i + 1] == ' ') return i;
        return -1;
    }

    private static int Indentation(string line) => line.Length - line.TrimStart(' ').Length;

    /// <summary>The longest key YAML reads in a map written line by line (its "simple key" limit).</summary>
    private const int MaxKeyLength = 1024;

    private const string BackslashAdvice = "inside \"...\" a backslash is written \\\\, or put the value in single quotes, where a backslash is plain text";

    /// <summary>
    /// The backslash of the first escape YAML refuses in the double-quoted value opening at start:
    /// one it does not know, or \x, \u or \U without its 2, 4 or 8 hexadecimal digits.
    /// </summary>
    private static int? BadEscape(string yaml, int start)
    {
        const string known = "0abt\tnvfre \"/\\N_LP\n";
        for (var i = start + 1; i + 1 < yaml.Length && yaml[i] != '"'; i++)
        {
            if (yaml[i] != '\\') continue;
            var digits = yaml[i + 1] switch { 'x' => 2, 'u' => 4, 'U' => 8, _ => 0 };
            if (digits == 0 ? !known.Contains(yaml[i + 1]) : !IsHex(yaml.AsSpan(i + 2), digits)) return i;
            i++;
        }
        return null;
    }

    private static bool IsHex(ReadOnlySpan<char> text, int digits) => text.Length >= digits && !text[..digits].ContainsAnyExcept(HexDigits);

    private static readonly System.Buffers.SearchValues<char> HexDigits = System.Buffers.SearchValues.Create("0123456789abcdefABCDEF");

    private static string Shortened(string text) => text.Length <= 40 ? text : text[..40] + "...";
}
