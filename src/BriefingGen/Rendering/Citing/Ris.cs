using System.Globalization;
using System.Text;
using BriefingGen.Model;

namespace BriefingGen.Rendering.Citing;

/// <summary>
/// One RIS record, the tagged format EndNote, Zotero and Mendeley import. RIS has no escaping, so
/// line breaks and other control characters in a value become spaces: a value can never start a tag.
/// CRLF line ends, as the format's readers expect.
/// </summary>
public static class Ris
{
    public static string Write(CitationRecord record)
    {
        var lines = new List<(string Tag, string Value)> { ("TY", RecordType(record.Kind)) };
        if (record.Title is { } title) lines.Add(("TI", title));
        foreach (var author in record.Authors) lines.Add(("AU", author.Inverted));
        if (record.Container is { } container) lines.Add((record.Kind is "article" ? "T2" : "PB", container));
        if (record.Date is { } date)
        {
            lines.Add(("PY", date.Year.ToString("D4", CultureInfo.InvariantCulture)));
            lines.Add(("DA", Date(date)));
        }
        if (record.Url is { } url) lines.Add(("UR", url));
        if (record.Accessed is { } accessed) lines.Add(("Y2", Date(accessed)));
        if (record.Language is { } language) lines.Add(("LA", language));
        if (record.Description is { } description) lines.Add(("N1", description));
        if (record.Updated is { } updated) lines.Add(("N1", "Updated " + updated.Iso));
        lines.Add(("ER", ""));

        var text = new StringBuilder();
        foreach (var (tag, value) in lines) text.Append(tag).Append("  - ").Append(Clean(value)).Append("\r\n");
        return text.ToString();
    }

    private static string RecordType(string kind) => kind switch
    {
        "article" => "NEWS",
        "report" => "RPRT",
        "book" => "BOOK",
        "dataset" => "DATA",
        "web" or CitationRecord.BriefKind => "ELEC",
        _ => "GEN",
    };

    /// <summary>"2025/11/10/", "2025/11//", "2025///": RIS keeps a date's precision with empty parts.</summary>
    private static string Date(PartialDate date) =>
        string.Create(CultureInfo.InvariantCulture, $"{date.Year:D4}/{(date.Month is { } m ? m.ToString("D2", CultureInfo.InvariantCulture) : "")}/{(date.Day is { } d ? d.ToString("D2", CultureInfo.InvariantCulture) : "")}/");

    private static string Clean(string value) => string.Concat(value.Select(c => char.IsControl(c) ? ' ' : c)).Trim();
}
