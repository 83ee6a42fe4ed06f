using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace BriefingGen.Model;

/// <summary>Ids, tags and anchors: lowercase ASCII words joined by single hyphens.</summary>
public static partial class Slug
{
    /// <summary>
    /// Ids the theme itself uses on pages (the main landmark, the reference list) or in paths
    /// (sources/by-publisher/); a document with one of these ids would collide with them.
    /// </summary>
    public static readonly IReadOnlyList<string> Reserved = ["main", "references", "notes", "by-publisher"];

    /// <summary>
    /// Names Windows reserves for devices in any case and with any extension ("con.md", "tags/nul/"):
    /// a site with one cannot be checked out or built there.
    /// </summary>
    public static bool IsWindowsDeviceName(string id) =>
        id.ToLowerInvariant() is "con" or "prn" or "aux" or "nul" ||
        (id.Length == 4 && (id.StartsWith("com", StringComparison.OrdinalIgnoreCase) || id.StartsWith("lpt", StringComparison.OrdinalIgnoreCase)) && id[3] is >= '1' and <= '9');

    public const string WindowsDeviceNames = "con, prn, aux, nul, com1–com9 and lpt1–lpt9";

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex Pattern();

    /// <summary>The longest id, tag or anchor: it is a folder name on every page's path.</summary>
    public const int MaxLength = 100;

    public static bool IsValid(string text) => text.Length <= MaxLength && Pattern().IsMatch(text);

    /// <summary>True for a text that would be a slug but for its length.</summary>
    public static bool IsOnlyTooLong(string text) => text.Length > MaxLength && Pattern().IsMatch(text);

    /// <summary>
    /// A valid slug to offer instead of text in a message: <see cref="Fold"/>ed and, past
    /// <see cref="MaxLength"/>, cut after its last whole word that fits; null when nothing is left.
    /// </summary>
    public static string? Suggest(string text)
    {
        var folded = Fold(text);
        if (folded.Length > MaxLength)
        {
            var cut = folded[MaxLength] == '-' ? MaxLength : folded.LastIndexOf('-', MaxLength - 1);
            folded = folded[..(cut > 0 ? cut : MaxLength)];
        }
        return folded.Length == 0 ? null : folded;
    }

    /// <summary>The slug a contributor probably meant: accents dropped, lowercase, other runs turned into hyphens.</summary>
    public static string Fold(string text) => Fold(text, keepOtherScripts: false);

    /// <summary>
    /// A heading's anchor: as <see cref="Fold"/>, and the letters and digits of other scripts kept,
    /// lowercased ("Что случилось" → "что-случилось", "ما حدث" → "ما-حدث"), which a fragment may hold;
    /// folding them away left every such heading a numbered "section-1".
    /// </summary>
    public static string Anchor(string text) => Fold(text, keepOtherScripts: true);

    /// <summary>
    /// Whether an anchor is one the page itself uses (the main landmark, "references", "ref-x"
    /// entries, "cite-x-n" markers, the "Cite this" block), which no heading takes. Only those: a
    /// heading "Cite this brief with care" keeps "cite-this-brief-with-care", as its words say.
    /// </summary>
    public static bool IsPageAnchor(string anchor) =>
        anchor is "main" or "references" or "notes" or "cite-this" or "cite-this-heading" || anchor.StartsWith("ref-", StringComparison.Ordinal) || IsMarkerAnchor(anchor);

    /// <summary>"cite-x-n": the n-th marker citing source x.</summary>
    private static bool IsMarkerAnchor(string anchor) =>
        anchor.StartsWith("cite-", StringComparison.Ordinal) && anchor.LastIndexOf('-') is var dash && dash > "cite-".Length
        && dash < anchor.Length - 1 && anchor.AsSpan(dash + 1).IndexOfAnyExceptInRange('0', '9') < 0;

    /// <summary>
    /// The heading id a link's fragment names, percent-decoded as a browser reads it ("%D9%85%D8%A7"
    /// is "ما"); null when it leads to the top or could be one of the theme's own ids (#references,
    /// #cite-this, #fn:1, #toc_heading), which no heading takes and which are not checked. A fragment
    /// with capitals, accents or punctuation is checked: a browser matches it as written, and no
    /// heading's id has them.
    /// </summary>
    public static string? SectionOf(string fragment)
    {
        var id = IdIn(fragment);
        return id.Length == 0 || id.Equals("top", StringComparison.OrdinalIgnoreCase) || IsPageAnchor(id) || id.AsSpan().IndexOfAny('_', ':') >= 0 ? null : id;
    }

    /// <summary>The id a fragment scrolls to, as a browser reads it: percent-decoded, without a text fragment after it ("#early-life:~:text=born").</summary>
    private static string IdIn(string fragment)
    {
        if (fragment.IndexOf(":~:", StringComparison.Ordinal) is >= 0 and var directive) fragment = fragment[..directive];
        return fragment.Contains('%') ? Uri.UnescapeDataString(fragment) : fragment;
    }

    /// <summary>
    /// The heading id a fragment with '_', which <see cref="SectionOf"/> leaves to the theme, was
    /// written for: GitHub keeps '_' in a heading's id ("#snake_case_word" for "## snake_case_word",
    /// "#snake-case-word" here). Only a heading whose own words hold '_' is meant so: "#toc_heading"
    /// beside a heading "Toc heading" is the theme's contents. Null when none is.
    /// </summary>
    public static string? UnderscoredHeading(string fragment, IReadOnlyList<string> underscoredHeadings)
    {
        if (underscoredHeadings.Count == 0) return null;
        var id = IdIn(fragment);
        if (!id.Contains('_') || id.Contains(':')) return null;
        var meant = Anchor(id);
        return meant.Length > 0 && underscoredHeadings.Contains(meant) ? meant : null;
    }

    /// <summary>
    /// The id among <paramref name="ids"/> a fragment was meant to be: the fragment's words as a
    /// heading's id ("Réactions-des-États-Unis" is "reactions-des-etats-unis", "ما-حدث؟" is "ما-حدث"),
    /// else the closest by a slip or two; null when none is near.
    /// </summary>
    public static string? NearestAnchor(string fragment, IReadOnlyCollection<string> ids) =>
        Anchor(fragment) is var folded && folded != fragment && ids.Contains(folded) ? folded : Diagnostics.Suggestions.Closest(fragment, ids);

    private static string Fold(string text, bool keepOtherScripts)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            // An accent written as a separate mark (decomposed text) goes with it; so does a vowel sign of a script kept.
            if (!char.IsAscii(c) && CharUnicodeInfo.GetUnicodeCategory(c) is var category
                && (category == UnicodeCategory.NonSpacingMark || (keepOtherScripts && category == UnicodeCategory.SpacingCombiningMark))) continue;
            // An apostrophe joins a word in a heading's id ("Castillo's rise" is "castillos-rise"), as on
            // GitHub, in Pandoc and Hugo, where a contents link written by hand comes from.
            if (keepOtherScripts && c is '\'' or '’' or 'ʼ') continue;
            if (Letters(c) is { } letters) builder.Append(letters);
            else if (keepOtherScripts && !char.IsAscii(c) && char.IsLetterOrDigit(c)) builder.Append(char.ToLowerInvariant(c));
            else if (builder.Length > 0 && builder[^1] != '-') builder.Append('-');
        }
        return builder.ToString().Trim('-');
    }

    /// <summary>
    /// How a name sorts in a list: each Latin letter as <see cref="Fold"/> writes it (no accent,
    /// lowercase), any other character lowercased, so "Álvaro" and "de Zela" sort under a and d, not
    /// after z. Ordinal order over this key is the same on every machine, as culture-aware order is not.
    /// What comes before the first letter or digit is not filed on: a title in quotes (“Quoted”, which
    /// typographic quotes turn '"' into) or after a flag sorts under its first word, not after z.
    /// </summary>
    public static string SortKey(string name) => Folded(name, forSorting: true);

    /// <summary>
    /// Whether two names are written alike (publishers to group as one): as <see cref="SortKey"/>
    /// folds Latin letters, with a combining accent dropped only after a Latin letter ("e\u0301" is
    /// 'é'), and everything else kept: Thai ข่าว and ขาว, or "@BBC" and "BBC", are different names.
    /// </summary>
    public static string MatchKey(string name) => Folded(name, forSorting: false);

    private static string Folded(string name, bool forSorting)
    {
        var start = 0;
        if (forSorting)
        {
            foreach (var rune in name.EnumerateRunes())
            {
                if (Rune.IsLetterOrDigit(rune)) break;
                start += rune.Utf16SequenceLength;
            }
        }
        var builder = new StringBuilder(name.Length - start);
        var afterLatin = false;
        foreach (var c in name.AsSpan(start))
        {
            if (!char.IsAscii(c) && CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                if (!forSorting && !afterLatin) builder.Append(c);
                continue;
            }
            var letters = Letters(c);
            if (letters is not null) builder.Append(letters);
            else builder.Append(char.ToLowerInvariant(c));
            afterLatin = letters is not null;
        }
        return builder.ToString();
    }

    /// <summary>
    /// The ASCII letters a Latin letter is written with when its accents are dropped ('é' → "e",
    /// 'ß' → "ss"); null for anything else. A table, not Unicode normalisation: that needs ICU,
    /// which a build without it (invariant globalisation) does not load, and ids must come out the
    /// same on every machine.
    /// </summary>
    private static string? Letters(char c)
    {
        if (char.IsAsciiLetterOrDigit(c)) return AsciiLowercase[char.ToLowerInvariant(c) - '0'];
        var folded = c switch
        {
            >= '\u00C0' and <= '\u024F' => LatinSupplementAndExtended[c - '\u00C0'],
            >= '\u1E00' and <= '\u1EFF' => LatinExtendedAdditional[c - '\u1E00'],
            _ => '-',
        };
        if (folded != '-') return AsciiLowercase[folded - '0'];
        return c switch
        {
            'ß' or 'ẞ' => "ss",
            'æ' or 'Æ' => "ae",
            'œ' or 'Œ' => "oe",
            'ĳ' or 'Ĳ' => "ij",
            'þ' or 'Þ' => "th",
            'ø' or 'Ø' or 'ǿ' or 'Ǿ' => "o",
            'đ' or 'Đ' or 'ð' or 'Ð' => "d",
            'ł' or 'Ł' => "l",
            'ħ' or 'Ħ' => "h",
            'ı' => "i",
            'ŧ' or 'Ŧ' => "t",
            'ŋ' or 'Ŋ' => "n",
            _ => null,
        };
    }

    /// <summary>One-character strings from '0' to 'z', so a folded letter costs no allocation.</summary>
    private static readonly string[] AsciiLowercase = Enumerable.Range('0', 'z' - '0' + 1).Select(c => ((char)c).ToString()).ToArray();

    /// <summary>The base letter of each of U+00C0–U+024F (Latin-1 Supplement, Latin Extended-A and -B), '-' for none: generated from Unicode's decompositions.</summary>
    private const string LatinSupplementAndExtended =
        "aaaaaa-ceeeeiiii-nooooo--uuuuy--aaaaaa-ceeeeiiii-nooooo--uuuuy-y" +
        "aaaaaaccccccccdd--eeeeeeeeeegggggggghh--iiiiiiiii---jjkk-llllll-" +
        "---nnnnnn---oooooo--rrrrrrsssssssstttt--uuuuuuuuuuuuwwyyyzzzzzzs" +
        "--------------------------------oo-------------uu---------------" +
        "-------------aaiioouuuuuuuuuu-aaaa----ggkkoooo--j---gg--nnaa----" +
        "aaaaeeeeiiiioooorrrruuuusstt--hh------aaeeooooooooyy------------" +
        "----------------";

    /// <summary>The same for U+1E00–U+1EFF (Latin Extended Additional: Vietnamese and others).</summary>
    private const string LatinExtendedAdditional =
        "aabbbbbbccddddddddddeeeeeeeeeeffgghhhhhhhhhhiiiikkkkkkllllllllmm" +
        "mmmmnnnnnnnnoooooooopppprrrrrrrrssssssssssttttttttuuuuuuuuuuvvvv" +
        "wwwwwwwwwwxxxxyyzzzzzzhtwy-s----aaaaaaaaaaaaaaaaaaaaaaaaeeeeeeee" +
        "eeeeeeeeiiiioooooooooooooooooooooooouuuuuuuuuuuuuuyyyyyyyy------";
}
