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
    public static string Fold(string text)
    {
        var builder = new StringBuilder();
        foreach (var c in text.Normalize(NormalizationForm.FormKD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            var lower = char.ToLowerInvariant(c);
            if (char.IsAsciiLetterLower(lower) || char.IsAsciiDigit(lower)) builder.Append(lower);
            else if (builder.Length > 0 && builder[^1] != '-') builder.Append('-');
        }
        return builder.ToString().Trim('-');
    }
}
