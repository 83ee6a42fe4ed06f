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

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex Pattern();

    public static bool IsValid(string text) => text.Length <= 100 && Pattern().IsMatch(text);

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
