using System.Buffers;
using System.Globalization;
using BriefingGen.Diagnostics;
using BriefingGen.FrontMatter;
using BriefingGen.Loading;
using BriefingGen.Markdown;
using BriefingGen.Model;

namespace BriefingGen.Validation;

/// <summary>
/// Reads typed fields out of one YAML mapping, reporting every wrong key, type or value at the
/// exact place it was written. A field that fails reads as absent, so reading goes on and every
/// problem in the file is reported in one run.
/// </summary>
public sealed partial class FieldReader
{
    private readonly Dictionary<string, YamlEntry> _entries;
    private readonly SourceLocation _mappingLocation;
    /// <summary>An event's: its 'date' may go with an 'end' and 'circa', which advice on a date may name.</summary>
    private readonly bool _datesHavePeriods;
    private readonly IReadOnlySet<string> _refused;
    private readonly DiagnosticBag _diagnostics;

    /// <param name="misplaced">What the first unknown-key error says instead of a did-you-mean hint when the file seems to be of another kind (the others point to it).</param>
    public FieldReader(YamlMapping mapping, IReadOnlyList<string> allowedKeys, DiagnosticBag diagnostics, string? misplaced = null)
    {
        _diagnostics = diagnostics;
        _mappingLocation = mapping.Location;
        _datesHavePeriods = allowedKeys.Contains("end") && allowedKeys.Contains("circa");
        HashSet<string>? runIn = null;
        int? firstMisplaced = null;
        _entries = new Dictionary<string, YamlEntry>(StringComparer.Ordinal);
        foreach (var entry in mapping.Entries)
        {
            if (allowedKeys.Contains(entry.Key.Text))
                _entries[entry.Key.Text] = entry;
            // 'title:"Peru: x"': with no space after its ':', a key runs into its value up to the next ': '.
            else if (entry.Key.Text.IndexOf(':') is > 0 and var colon && allowedKeys.Contains(entry.Key.Text[..colon]))
            {
                diagnostics.Report(DiagnosticCodes.UnknownKey, entry.Key.Location,
                    $"unknown key '{entry.Key.Text}': '{entry.Key.Text[..(colon + 1)]}' needs a space after the ':', or the line reads as one word, not as a key and its value; write '{entry.Key.Text[..(colon + 1)]} {entry.Key.Text[(colon + 1)..]}...'");
                // The key is there, written wrong: it is not also missing.
                (runIn ??= new HashSet<string>(mapping.Refused, StringComparer.Ordinal)).Add(entry.Key.Text[..colon]);
            }
            else if (misplaced is not null)
            {
                // Of a file in the wrong folder, 'authors' is no misspelt 'actors'; why is said at the first such key.
                diagnostics.Report(DiagnosticCodes.UnknownKey, entry.Key.Location, firstMisplaced is { } first
                    ? $"unknown key '{entry.Key.Text}' (see line {first})"
                    : $"unknown key '{entry.Key.Text}' ({misplaced}; custom data goes under 'extra:')");
                firstMisplaced ??= entry.Key.Location.Line;
            }
            else if (Invisible(entry.Key.Text) is { } hidden)
                diagnostics.Report(DiagnosticCodes.UnknownKey, entry.Key.Location,
                    $"unknown key '{entry.Key.Text}': it holds {hidden}, pasted with it; retype the key{(allowedKeys.Contains(Visible(entry.Key.Text)) ? $" as '{Visible(entry.Key.Text)}'" : "")}");
            else if (ElsewhereCalled(entry.Key.Text, entry.Value, allowedKeys) is { } meant)
                diagnostics.Report(DiagnosticCodes.UnknownKey, entry.Key.Location, $"unknown key '{entry.Key.Text}'; {meant}");
            else
                // Every key is lowercase, so "DATE" is compared as "date": in capitals it is too far from any key for a hint.
                diagnostics.Report(DiagnosticCodes.UnknownKey, entry.Key.Location,
                    $"unknown key '{entry.Key.Text}'{Suggestions.Hint(entry.Key.Text.ToLowerInvariant(), allowedKeys)} (custom data goes under 'extra:')");
        }
        _refused = runIn ?? mapping.Refused;
    }

    /// <summary>"an invisible U+200B": the first character of a key that shows as nothing, or as a space where none can be; null when there is none.</summary>
    private static string? Invisible(string key) =>
        key.FirstOrDefault(IsInvisible) is var c and not '\0' ? $"an invisible U+{(int)c:X4}" : null;

    private static bool IsInvisible(char c) => c != ' ' && char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.Format or System.Globalization.UnicodeCategory.SpaceSeparator;

    private static string Visible(string key) => string.Concat(key.Where(c => !IsInvisible(c)));

    /// <summary>Keys of other site generators and reference managers, by what they mean here; put under 'extra:' as advised, they did nothing.</summary>
    private static readonly Dictionary<string, string> OtherToolsKeys = new(StringComparer.OrdinalIgnoreCase)
    {
        ["description"] = "summary", ["excerpt"] = "summary", ["abstract"] = "summary",
        ["categories"] = "tags", ["keywords"] = "tags",
        ["date"] = "published", ["issued"] = "published", ["year"] = "published",
        ["lastmod"] = "updated", ["modified"] = "updated", ["last_modified_at"] = "updated", ["updated_at"] = "updated",
        ["type"] = "kind", ["title"] = "name", ["name"] = "title", ["aliases"] = "former_ids", ["published"] = "draft",
        ["start"] = "date", ["start_date"] = "date", ["end_date"] = "end", ["place"] = "location", ["venue"] = "location",
        ["approx"] = "circa", ["approximate"] = "circa", ["participants"] = "actors",
        ["link"] = "url", ["urldate"] = "accessed", ["container-title"] = "publisher", ["journal"] = "publisher",
        ["languagecode"] = "language", ["lang"] = "language",
    };

    /// <summary>What a key of another tool is called here, or why it has no place (an id is the file's name); null for any other key.</summary>
    private static string? ElsewhereCalled(string key, YamlValue value, IReadOnlyList<string> allowedKeys)
    {
        // Jekyll's 'published: false' is a draft; a date there is the brief's date.
        if (key.Equals("published", StringComparison.OrdinalIgnoreCase) && value is YamlScalar { Text: not ("true" or "false") } && allowedKeys.Contains("date"))
            return "did you mean 'date'?";
        if (key.ToLowerInvariant() is "id" or "slug")
            return "a document's id is its file's name, so rename the file to change it";
        if (!OtherToolsKeys.TryGetValue(key, out var ours) || !allowedKeys.Contains(ours)) return null;
        return ours switch
        {
            // Its true is the default here.
            "draft" => "did you mean 'draft'? ('published: false' is 'draft: true'; a brief is published unless it is a draft)",
            // Hugo's aliases are old addresses; here a renamed document lists the ids it had.
            "former_ids" => "did you mean 'former_ids'? (the ids the document had before it was renamed, not addresses: [old-id])",
            _ => $"did you mean '{ours}'?",
        };
    }

    /// <summary>The key's value; none for a key whose value was refused (an anchor, alias or tag), which has had its error.</summary>
    private YamlValue? Value(string key) =>
        _entries.TryGetValue(key, out var entry) && entry.Value is not YamlScalar { IsNull: true } && !_refused.Contains(key) ? entry.Value : null;

    /// <summary>Whether the key is given a value, right or wrong (a wrong or refused one has been reported already).</summary>
    public bool Has(string key) => _refused.Contains(key) || Value(key) is not null;

    public SourceLocation LocationOf(string key) => _entries.TryGetValue(key, out var entry) ? entry.Value.Location : _mappingLocation;

    /// <summary>At the empty value when the key is there ("title:" with nothing after it), else at the start of the mapping.</summary>
    private void Missing(string key, string what)
    {
        if (_refused.Contains(key)) return;
        if (!_entries.TryGetValue(key, out var entry))
            _diagnostics.Report(DiagnosticCodes.MissingKey, _mappingLocation, $"required key '{key}' is missing; add {what}");
        else if (entry.Value is YamlScalar { CommentInstead: { } comment })
            _diagnostics.Report(DiagnosticCodes.MissingKey, entry.Value.Location,
                $"'{key}' has no value: YAML reads '#' after a space as the start of a comment; if '{TextElements.Shorten(comment, 60, "…")}' is the value, quote it: {key}: {YamlText.DoubleQuoted(comment)}");
        else
            _diagnostics.Report(DiagnosticCodes.MissingKey, entry.Value.Location, $"'{key}' has no value; add {what}");
    }

    /// <summary>Text to show; words a '#' turned into a comment ("title: C# and #tags") are reported, since nothing else would show they are gone.</summary>
    public string? Text(string key, string? requiredWhat = null)
    {
        var text = ScalarText(key, requiredWhat);
        if (text is not null && Value(key) is YamlScalar scalar)
        {
            ReportCutOff(scalar, text, $"'{key}'", $"the {key}", $"{key}: ");
            // A word processor's quotes, pasted where YAML's were meant: YAML keeps them as part of the text.
            if (scalar.Plain && text.Length > 2 && text[0] is '“' or '‘' && text[^1] == (text[0] == '“' ? '”' : '’'))
                _diagnostics.Report(DiagnosticCodes.TypographicQuotesAround, scalar.Location,
                    $"'{key}' is wrapped in typographic quotes, which YAML keeps as part of it, so they are shown; remove them, or quote with straight ones: {key}: {YamlText.DoubleQuoted(text[1..^1])}");
        }
        return text is null ? null : OneLine(text);
    }

    /// <summary>Reports words a '#' cut off the value (<see cref="YamlScalar.WordsCutOff"/>), with the line to write instead.</summary>
    private void ReportCutOff(YamlScalar scalar, string shown, string what, string whole, string writeAs)
    {
        if (scalar.WordsCutOff is not { } cut) return;
        var quoted = cut.Meant is { } meant ? $": {writeAs}{YamlText.DoubleQuoted(meant)}" : "";
        _diagnostics.Report(DiagnosticCodes.TextCutByComment, cut.Location,
            $"{what} reads '{TextElements.Shorten(shown, 60, "…")}': YAML reads '#' after a space as the start of a comment, so '{TextElements.Shorten(cut.Comment, 60, "…")}' is left out; if it belongs to {whole}, quote the whole value{quoted}");
    }

    /// <summary>Reports the words a '#' cut off an item of a list of text.</summary>
    private void ReportCutOff(string key, YamlScalar item) => ReportCutOff(item, item.Text, $"an item of '{key}'", "the item", "- ");

    /// <summary>A one-line value such as a date or an address; a comment after it on its line is the writer's note.</summary>
    private string? ScalarText(string key, string? requiredWhat = null)
    {
        switch (Value(key))
        {
            case null:
                if (requiredWhat is not null) Missing(key, requiredWhat);
                return null;
            case YamlScalar scalar when Unprintable(scalar.Text) is { } unprintable:
                _diagnostics.Report(DiagnosticCodes.InvalidValue, scalar.Location, $"'{key}' contains {unprintable}; remove it");
                return null;
            case YamlScalar scalar when TooLong(key, scalar):
                return null;
            case YamlScalar scalar when !string.IsNullOrWhiteSpace(scalar.Text) && TextElements.ShowsNothing(scalar.Text):
                _diagnostics.Report(DiagnosticCodes.MissingKey, scalar.Location, $"'{key}' holds only characters that do not show (such as a zero-width space or a direction mark); write its text");
                return null;
            case YamlScalar scalar when scalar.Text.Trim().Length > 0:
                if (BodySyntaxIn(scalar.Text) is { } written)
                    _diagnostics.Report(DiagnosticCodes.BodySyntaxInText, scalar.Location, written.StartsWith("[[", StringComparison.Ordinal)
                        ? $"'{key}' is plain text, so '{written}' is shown as written, not as a link; link in the body"
                        : $"'{key}' is plain text, so '{written}' is shown as written and cites nothing; cite the source in the body");
                return Apostrophes.InPlainText(scalar.Text.Trim());
            case YamlScalar scalar:
                _diagnostics.Report(DiagnosticCodes.MissingKey, scalar.Location, $"'{key}' is empty");
                return null;
            case var other:
                _diagnostics.Report(DiagnosticCodes.WrongType, other.Location, $"'{key}' must be text, not a {ShapeName(other)}");
                return null;
        }
    }

    public bool Bool(string key)
    {
        switch (Value(key))
        {
            case null:
                return false;
            case YamlScalar { Plain: true, Text: "true" }:
                return true;
            case YamlScalar { Plain: true, Text: "false" }:
                return false;
            // "true" in quotes is text; YAML 1.1's yes and no are text to the YAML read here.
            case YamlScalar { Plain: false, Text: "true" or "false" } quoted:
                _diagnostics.Report(DiagnosticCodes.WrongType, quoted.Location, $"'{key}' must be true or false, written without quotes: {key}: {quoted.Text}");
                return false;
            case YamlScalar { Plain: true, Text: var text } yes when text.ToLowerInvariant() is "yes" or "no" or "on" or "off" or "y" or "n" or "true" or "false":
                _diagnostics.Report(DiagnosticCodes.WrongType, yes.Location, $"'{key}' must be true or false: write {key}: {(text.ToLowerInvariant() is "yes" or "on" or "y" or "true" ? "true" : "false")}");
                return false;
            case var other:
                _diagnostics.Report(DiagnosticCodes.WrongType, other.Location, $"'{key}' must be true or false");
                return false;
        }
    }

    /// <summary>A whole number from min to max, written as digits alone ("paginate: 50").</summary>
    /// <param name="what">What the number counts, for the messages.</param>
    public int? WholeNumber(string key, int min, int max, string what)
    {
        var value = Value(key);
        if (value is null) return null;
        if (value is YamlScalar { Plain: true } number && number.Text.TrimStart('-') is { Length: > 0 } digits && digits.All(char.IsAsciiDigit) && number.Text.Length - digits.Length <= 1)
        {
            if (int.TryParse(number.Text, System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out var n) && n >= min && n <= max) return n;
            _diagnostics.Report(DiagnosticCodes.InvalidValue, number.Location, $"'{key}' ({what}) must be from {min} to {max:N0}, not {TextElements.Shorten(number.Text, 20, "…")}");
            return null;
        }
        var written = value switch
        {
            YamlScalar { Text: var text } when text.Trim().Length == 0 => "",
            YamlScalar scalar => $", not '{TextElements.Shorten(scalar.Text, 40, "…")}'{(scalar.Plain ? "" : " in quotes")}",
            _ => $", not a {ShapeName(value)}",
        };
        _diagnostics.Report(DiagnosticCodes.WrongType, value.Location, $"'{key}' ({what}) must be a whole number from {min} to {max:N0}, written as digits{written}");
        return null;
    }

    public string? OneOf(string key, IReadOnlyList<string> allowed, bool required)
    {
        var text = ScalarText(key, required ? $"one of {string.Join(", ", allowed)}" : null);
        if (text is null || allowed.Contains(text)) return text;
        _diagnostics.Report(DiagnosticCodes.InvalidValue, LocationOf(key),
            $"'{key}' must be one of {string.Join(", ", allowed)}, not '{text}'{Suggestions.Hint(text, allowed)}");
        return null;
    }

    /// <summary>"key: a" or "key: [a, b]", each one of the allowed values.</summary>
    public IReadOnlyList<string> OneOrMoreOf(string key, IReadOnlyList<string> allowed)
    {
        var given = Value(key) is YamlScalar
            ? ScalarText(key) is { } one ? [(one, LocationOf(key))] : []
            : ScalarList(key).Select(s => (s.Text, s.Location)).ToList();
        var values = new List<string>();
        foreach (var (text, location) in given)
        {
            if (allowed.Contains(text)) values.Add(text);
            else _diagnostics.Report(DiagnosticCodes.InvalidValue, location,
                $"'{key}' must be one of {string.Join(", ", allowed)}, not '{text}'{Suggestions.Hint(text, allowed)}");
        }
        return values;
    }

    /// <summary>A YYYY, YYYY-MM or YYYY-MM-DD date; with dayRequired, only the full form.</summary>
    public PartialDate? Date(string key, bool required = false, bool dayRequired = false)
    {
        var text = ScalarText(key, required ? $"a date ({PartialDate.Forms(dayRequired)})" : null);
        if (text is null) return null;
        if (!PartialDate.TryParse(text, out var date, out var error, dayRequired, eventDate: key == "date" && _datesHavePeriods))
        {
            _diagnostics.Report(DiagnosticCodes.InvalidDate, LocationOf(key), $"'{key}': {error}");
            return null;
        }
        if (dayRequired && date.Precision != DatePrecision.Day)
        {
            _diagnostics.Report(DiagnosticCodes.InvalidDate, LocationOf(key), $"'{key}' must be a full date YYYY-MM-DD, not '{text}'");
            return null;
        }
        return date;
    }

    /// <summary>An absolute http or https address (anything else could run script or leak data), spelled as addresses are.</summary>
    public string? WebUrl(string key)
    {
        var text = ScalarText(key);
        if (text is null) return null;
        if (!Uri.TryCreate(text, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp) || string.IsNullOrEmpty(uri.Host))
        {
            _diagnostics.Report(DiagnosticCodes.UnsafeUrl, LocationOf(key), $"'{key}' must be an http:// or https:// address, not '{text}'{UrlAdvice(text)}");
            return null;
        }
        if (UrlCharacters.Problem(text) is not { } problem) return text;
        _diagnostics.Report(DiagnosticCodes.UnsafeUrl, LocationOf(key), $"'{key}' {problem}");
        return null;
    }

    /// <summary>The address a browser's bar would make of one pasted without its scheme, or inside &lt;&gt; as Markdown writes it.</summary>
    private static string UrlAdvice(string text)
    {
        if (text is ['<', .., '>']) return $"; write it without the angle brackets: '{text[1..^1].Trim()}'";
        if (text.StartsWith("//", StringComparison.Ordinal)) return $"; write 'https:{text}'";
        return Markdown.UrlPolicy.StartsWithHost(text) ? $"; write 'https://{text}'" : "";
    }

    /// <summary>A language tag (BCP 47: "en", "es", "pt-BR", "zh-Hant-TW"), as &lt;html lang&gt; and xml:lang take it.</summary>
    public string? LanguageTag(string key)
    {
        var text = ScalarText(key);
        if (text is null || LanguageTagShape().IsMatch(text)) return text;
        // "en_US" is how locales are written elsewhere; "Spanish" is the language's name, which a browser does not read.
        var advice = LanguageTagShape().IsMatch(text.Replace('_', '-')) ? $"; write '{text.Replace('_', '-')}'" : " (the language's code, not its name)";
        _diagnostics.Report(DiagnosticCodes.InvalidValue, LocationOf(key), $"'{key}' must be a language tag such as 'en', 'es' or 'pt-BR', not '{text}'{advice}");
        return null;
    }

    /// <summary>A primary language of two or three letters (ISO 639), then subtags: "Spanish" passed as a tag of eight letters.</summary>
    [System.Text.RegularExpressions.GeneratedRegex("^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$")]
    private static partial System.Text.RegularExpressions.Regex LanguageTagShape();

    /// <summary>The site's published address: see <see cref="BaseUrlRule"/>.</summary>
    public string? BaseUrl(string key)
    {
        var text = ScalarText(key);
        if (text is null) return null;
        if (BaseUrlRule.Problem(text) is not { } problem) return BaseUrlRule.Normalized(text);
        _diagnostics.Report(DiagnosticCodes.UnsafeUrl, LocationOf(key), $"'{key}' must be the absolute http:// or https:// address the site is published at, such as 'https://example.org/briefings/'; '{text}' is refused: {problem}");
        return null;
    }

    /// <summary>An item as a [list] needs it written: quoted when a comma would split it or a bracket, colon or quote change it.</summary>
    private static string FlowListItem(string text) =>
        text.AsSpan().IndexOfAny(",[]{}#:\"'\\") < 0 ? text : YamlText.DoubleQuoted(text);

    /// <param name="items">How one text written in place of the list divides into its items, for the advice: ids at commas and spaces, names at ';'.</param>
    public IReadOnlyList<YamlScalar> ScalarList(string key, Func<string, string[]>? items = null)
    {
        switch (Value(key))
        {
            case null:
                return [];
            case YamlSequence sequence:
                var scalars = new List<YamlScalar>();
                foreach (var item in sequence.Items)
                {
                    if (item is YamlScalar { IsNull: false } scalar && Unprintable(scalar.Text) is { } unprintable)
                        _diagnostics.Report(DiagnosticCodes.InvalidValue, item.Location, $"an item of '{key}' contains {unprintable}; remove it");
                    else if (item is YamlScalar { IsNull: false } invisible && !string.IsNullOrWhiteSpace(invisible.Text) && TextElements.ShowsNothing(invisible.Text))
                        _diagnostics.Report(DiagnosticCodes.WrongType, item.Location,
                            $"an item of '{key}' holds only characters that do not show (such as a zero-width space or a direction mark); write its text or remove it");
                    else if (item is YamlScalar { IsNull: false } text && text.Text.Trim().Length > 0) scalars.Add(text with { Text = text.Text.Trim() });
                    else if (item is YamlScalar)
                        _diagnostics.Report(DiagnosticCodes.WrongType, item.Location, $"an item of '{key}' is empty; remove it or write its text");
                    else _diagnostics.Report(DiagnosticCodes.WrongType, item.Location, $"each item of '{key}' must be plain text");
                }
                return scalars;
            case YamlScalar single:
                var parts = items?.Invoke(single.Text) is { Length: > 0 } split ? split : [single.Text];
                // "García Márquez, Gabriel José" reads as two names as well as one written family name first.
                var orOne = parts.Length == 2 && single.Text.Count(c => c == ',') == 1 && parts.All(part => part.Contains(' ')) ? $" (two of them), or [{FlowListItem(single.Text)}] if it is one written family name first" : "";
                _diagnostics.Report(DiagnosticCodes.WrongType, single.Location, $"'{key}' must be a list: write [{string.Join(", ", parts.Select(FlowListItem))}]{orOne}");
                return [];
            case var other:
                _diagnostics.Report(DiagnosticCodes.WrongType, other.Location, $"'{key}' must be a list of text");
                return [];
        }
    }

    public IReadOnlyList<string> TextList(string key)
    {
        var items = ScalarList(key, NamesAsShown).Where(s => !TooLong(key, s)).ToList();
        foreach (var item in items) ReportCutOff(key, item);
        return items.Select(s => PlainText(s.Text)).ToList();
    }

    /// <summary>
    /// Names as shown, written as one text, listed for the advice: at its commas when each part is a
    /// name of several words ("Anna Virtanen, Markus Weber" is two authors), whole when it reads as
    /// one name inverted ("Doe, Jane", which as [Doe, Jane] would be two).
    /// </summary>
    private static string[] NamesAsShown(string text)
    {
        var parts = text.Split([',', ';', '،', '؛', '、', '，'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        return parts.All(part => part.Contains(' ')) ? parts : [text];
    }

    /// <summary>
    /// The longest text a field may hold. A title, name, address or summary is shown on every page
    /// that lists or links to its document (site.yml's on every page): one of 60,000 characters made
    /// 250 MB of site from 1 MB of content, and a long base_url is in every absolute address.
    /// </summary>
    private static int MaxLength(string key) => key switch
    {
        // A correction's text goes with its brief into every feed that lists it (a tag's, an actor's):
        // 3 MB of corrections made 338 MB of feeds.
        "summary" or "description" or "quote" or "text" => 2_000,
        "base_url" => BaseUrlRule.MaxLength,
        _ => 500,
    };

    /// <summary>Whether the value is longer than its key allows (<see cref="MaxLength"/>); reported if so.</summary>
    private bool TooLong(string key, YamlScalar scalar)
    {
        var text = scalar.Text.AsSpan().Trim();
        if (text.Length <= MaxLength(key)) return false;
        // Characters as a writer counts them: an emoji or a rare Han character is one, not the two UTF-16 units it takes.
        var length = 0;
        foreach (var _ in text.EnumerateRunes()) length++;
        if (length <= MaxLength(key)) return false;
        _diagnostics.Report(DiagnosticCodes.InvalidValue, scalar.Location, string.Create(CultureInfo.InvariantCulture,
            $"'{key}' is {length:N0} characters long, more than the {MaxLength(key):N0} allowed: it is shown wherever this is listed or linked to, so keep it short{key switch { "summary" or "description" => " (the rest belongs in the body)", "text" => " (the details belong in the brief's body)", _ => "" }}"));
        return true;
    }

    /// <summary>A source's authors, each "Family, Given" or one name; a comma with nothing before it names no one.</summary>
    public IReadOnlyList<PersonName> AuthorList(string key)
    {
        var names = new List<PersonName>();
        // "Doe, Jane; Roe, John" (refused, with the list to write): a comma is inside a name, so only
        // ';' (Arabic '؛') divides them, and the commas Chinese and Japanese list names with ("佐藤花子、鈴木一郎").
        foreach (var scalar in ScalarList(key, text => text.Split([';', '؛', '、', '，'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)))
        {
            if (TooLong(key, scalar)) continue;
            if (PersonName.StartsWithComma(scalar.Text))
                _diagnostics.Report(DiagnosticCodes.InvalidValue, scalar.Location,
                    $"'{scalar.Text}' in '{key}' has no family name before the comma; write 'Family, Given', such as 'Tian, Yang'");
            else
            {
                ReportCutOff(key, scalar);
                names.Add(PersonName.Parse(PlainText(scalar.Text)));
            }
        }
        return names;
    }

    /// <summary>
    /// The ids one text written in place of a list stands for: divided at commas ("Peru, Mexico" is
    /// [peru, mexico]), or at spaces when each word is an id already ("peru mexico"; "Peru Mexico" may
    /// be one name), each as an id.
    /// </summary>
    private static string[] AsIds(string text)
    {
        const StringSplitOptions parts = StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries;
        var ids = text.Contains(',') ? text.Split(',', parts) : text.Split(' ', parts) is var words && words.All(Slug.IsValid) ? words : [text];
        return [.. ids.Select(id => Slug.IsValid(id) ? id : Slug.Suggest(id) ?? id)];
    }

    /// <summary>More ids in one list is never a briefing's need, and each tag makes pages of its own.</summary>
    public const int MaxIdsPerList = 100;

    /// <summary>A list of ids (of other documents, or tags); each must be a slug.</summary>
    public IReadOnlyList<Ref> IdList(string key)
    {
        // "peru, mexico" or "peru mexico" are two ids: written as one text, they were advised as one.
        var scalars = ScalarList(key, AsIds);
        if (scalars.Count > MaxIdsPerList)
        {
            _diagnostics.Report(DiagnosticCodes.InvalidValue, LocationOf(key), $"'{key}' lists {scalars.Count} ids; at most {MaxIdsPerList} are allowed");
            return [];
        }
        var ids = new List<Ref>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var scalar in scalars)
        {
            if (CheckSlug(key, scalar) is { } id && seen.Add(id.Id)) ids.Add(id);
        }
        return ids;
    }

    public Ref? Id(string key)
    {
        var value = Value(key);
        if (value is null) return null;
        if (value is YamlScalar scalar) return CheckSlug(key, scalar with { Text = scalar.Text.Trim() });
        _diagnostics.Report(DiagnosticCodes.WrongType, value.Location, $"'{key}' must be an id");
        return null;
    }

    private Ref? CheckSlug(string key, YamlScalar scalar)
    {
        if (Slug.IsWindowsDeviceName(scalar.Text))
        {
            // A tag names a folder of the site; an id this could be is refused as a file name.
            _diagnostics.Report(DiagnosticCodes.InvalidValue, scalar.Location,
                $"'{scalar.Text}' in '{key}' is a device name on Windows ({Slug.WindowsDeviceNames}), so the site could not be built there; choose another");
            return null;
        }
        if (Slug.IsValid(scalar.Text)) return new Ref(scalar.Text, scalar.Location);
        _diagnostics.Report(DiagnosticCodes.InvalidValue, scalar.Location,
            $"'{scalar.Text}' in '{key}' is not a valid id; ids are lowercase slugs{(Slug.IsOnlyTooLong(scalar.Text) ? $" of at most {Slug.MaxLength} characters" : "")} such as '{Slug.Suggest(scalar.Text) ?? "peru-mexico"}'");
        return null;
    }

    /// <summary>A list of mappings, each read by its own FieldReader.</summary>
    public IReadOnlyList<T> MappingList<T>(string key, IReadOnlyList<string> allowedKeys, Func<FieldReader, T?> read) where T : class
    {
        switch (Value(key))
        {
            case null:
                return [];
            case YamlSequence sequence:
                var results = new List<T>();
                foreach (var item in sequence.Items)
                {
                    if (item is YamlMapping mapping)
                    {
                        if (read(new FieldReader(mapping, allowedKeys, _diagnostics)) is { } result) results.Add(result);
                    }
                    else
                    {
                        _diagnostics.Report(DiagnosticCodes.WrongType, item.Location, $"each item of '{key}' must have fields ({string.Join(", ", allowedKeys)})");
                    }
                }
                return results;
            case var other:
                _diagnostics.Report(DiagnosticCodes.WrongType, other.Location, $"'{key}' must be a list");
                return [];
        }
    }

    /// <summary>The 'extra:' map, handed to templates as plain dictionaries, lists and strings.</summary>
    public IReadOnlyDictionary<string, object?> Extra()
    {
        switch (Value("extra"))
        {
            case null:
                return new Dictionary<string, object?>();
            case YamlMapping mapping:
                return (IReadOnlyDictionary<string, object?>)ToPlain(mapping)!;
            case var other:
                _diagnostics.Report(DiagnosticCodes.WrongType, other.Location, "'extra' must be a map of 'key: value' fields");
                return new Dictionary<string, object?>();
        }
    }

    /// <summary>Plain values for a theme; a text with a control character is reported and left out (null), as in every other field.</summary>
    private object? ToPlain(YamlValue value) => value switch
    {
        YamlScalar { IsNull: true } => null,
        YamlScalar scalar when !Printable(scalar) => null,
        YamlScalar { Plain: true } scalar => Typed(scalar.Text),
        YamlScalar scalar => scalar.Text,
        YamlSequence sequence => sequence.Items.Select(ToPlain).ToList(),
        YamlMapping mapping => mapping.Entries.Where(e => Printable(e.Key)).ToDictionary(e => e.Key.Text, e => ToPlain(e.Value), StringComparer.Ordinal),
        _ => null,
    };

    /// <summary>Whether an 'extra' text has no control character; one that has is reported.</summary>
    private bool Printable(YamlScalar scalar)
    {
        if (Unprintable(scalar.Text) is not { } unprintable) return true;
        _diagnostics.Report(DiagnosticCodes.InvalidValue, scalar.Location, $"a value of 'extra' contains {unprintable}, which a theme would print as it is; remove it");
        return false;
    }

    /// <summary>
    /// An unquoted true or false is a boolean and a number written plainly a number, as YAML reads
    /// them: `featured: false` tested in a theme is false, not the non-empty text "false". A number
    /// with leading zeros ("007") or too large for one stays text, as written; quoted, anything is text.
    /// </summary>
    private static object Typed(string text)
    {
        if (text is "true" or "True" or "TRUE") return true;
        if (text is "false" or "False" or "FALSE") return false;
        if (PlainNumber().IsMatch(text))
        {
            if (!text.Contains('.') && !text.Contains('e') && !text.Contains('E'))
                return long.TryParse(text, System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out var whole) ? whole : text;
            if (double.TryParse(text, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var real) && double.IsFinite(real)) return real;
        }
        return text;
    }

    /// <summary>YAML 1.2's decimal numbers, without a leading zero before other digits.</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"^[-+]?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][-+]?[0-9]+)?$")]
    private static partial System.Text.RegularExpressions.Regex PlainNumber();

    /// <summary>The first "[@id…]" or "[[id…]]" written in a text, as far as its closing bracket (or 60 characters); null when there is none.</summary>
    private static string? BodySyntaxIn(string text)
    {
        for (var at = text.IndexOf('['); at >= 0; at = text.IndexOf('[', at + 1))
        {
            if (!Markdown.InlineSyntax.OpensAt(text, at)) continue;
            var close = text.IndexOf(']', at);
            var end = close < 0 ? text.Length : Math.Min(text.Length, close + (text[at + 1] == '[' ? 2 : 1));
            return Model.TextElements.Shorten(text[at..end], 60, "...");
        }
        return null;
    }

    private static readonly SearchValues<char> LineBreaksAndTabs = SearchValues.Create("\n\t\u2028\u2029");

    /// <summary>An item of a list of text as shown: typographic apostrophes, on one line.</summary>
    private static string PlainText(string written) => OneLine(Apostrophes.InPlainText(written));

    /// <summary>
    /// A value as one line: a run of spaces holding a line break or a tab (a quoted "\n", a literal
    /// block) as one space. A page shows them so; a title's line break reached the CSL-JSON export,
    /// and a reference manager broke the reference there.
    /// </summary>
    private static string OneLine(string text)
    {
        if (text.AsSpan().IndexOfAny(LineBreaksAndTabs) < 0) return text;
        var line = new System.Text.StringBuilder(text.Length);
        for (var i = 0; i < text.Length;)
        {
            if (!char.IsWhiteSpace(text[i])) { line.Append(text[i++]); continue; }
            var end = i;
            while (end < text.Length && char.IsWhiteSpace(text[end])) end++;
            var run = text.AsSpan(i, end - i);
            if (run.IndexOfAny(LineBreaksAndTabs) >= 0) line.Append(' ');
            else line.Append(run);
            i = end;
        }
        return line.ToString();
    }

    /// <summary>
    /// What in a value no reader can be given, named for the message, or null. Controls other than
    /// newline and tab ("\r", "\0", escape) can break feeds and terminals; a noncharacter (U+FFFF,
    /// written "\uFFFF") is for a program's own use, and a BibTeX file holding one could not be read.
    /// </summary>
    private static string? Unprintable(string text)
    {
        if (TextFile.IndexOfInvisibleControl(text) >= 0) return "a control character";
        var at = text.AsSpan().IndexOfAny(Noncharacters);
        return at < 0 ? null : $"the noncharacter U+{(int)text[at]:X4}";
    }

    /// <summary>The noncharacters of the Basic Multilingual Plane, where a YAML escape puts them.</summary>
    private static readonly SearchValues<char> Noncharacters = SearchValues.Create([.. Enumerable.Range(0xFDD0, 32).Select(c => (char)c), '\uFFFE', '\uFFFF']);

    private static string ShapeName(YamlValue value) => value is YamlSequence ? "list" : "map";
}
