using System.Globalization;

namespace BriefingGen.Model;

/// <summary>
/// A date known to the year, the month or the day. It keeps its precision through the build and
/// is never padded with a made-up month or day.
/// Order: year, then month (a missing month first), then day (a missing day first).
/// </summary>
public readonly partial record struct PartialDate(int Year, int? Month, int? Day) : IComparable<PartialDate>
{
    private static readonly string[] MonthAbbreviations =
        ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

    public DatePrecision Precision => Day is not null ? DatePrecision.Day : Month is not null ? DatePrecision.Month : DatePrecision.Year;

    /// <summary>Parses YYYY, YYYY-MM or YYYY-MM-DD; the error explains what is wrong.</summary>
    /// <param name="dayRequired">Only YYYY-MM-DD will do, and the error says so.</param>
    /// <param name="eventDate">The date is an event's, which an 'end' and 'circa' may go with: the advice may name them.</param>
    public static bool TryParse(string text, out PartialDate date, out string error, bool dayRequired = false, bool eventDate = false)
    {
        date = default;
        error = "";
        var parts = text.Split('-');
        if (parts.Length > 3 || !parts.All(IsDigits) || parts[0].Length != 4 || parts.Skip(1).Any(p => p.Length != 2))
        {
            error = $"'{text}' is not a date; write {Forms(dayRequired)} (no time or zone){Advice(text, dayRequired, eventDate)}";
            return false;
        }
        var year = int.Parse(parts[0], CultureInfo.InvariantCulture);
        int? month = parts.Length > 1 ? int.Parse(parts[1], CultureInfo.InvariantCulture) : null;
        int? day = parts.Length > 2 ? int.Parse(parts[2], CultureInfo.InvariantCulture) : null;
        // 9999 is left out so that "the day after" a date always exists (iCalendar end dates).
        if (year is < 1 or > 9998)
        {
            error = $"year {year} is out of range (0001 to 9998)";
            return false;
        }
        if (month is < 1 or > 12)
        {
            error = $"'{text}' has month {month}; months run from 01 to 12";
            return false;
        }
        if (day is 0)
        {
            error = $"'{text}' has day 00; days run from 01";
            return false;
        }
        if (day is not null && day > DateTime.DaysInMonth(year, month!.Value))
        {
            error = $"'{text}' does not exist: {MonthAbbreviations[month.Value - 1]} {year} has {DateTime.DaysInMonth(year, month.Value)} days";
            return false;
        }
        date = new PartialDate(year, month, day);
        return true;
    }

    /// <summary>How such a date is written, as messages say it.</summary>
    public static string Forms(bool dayRequired) => dayRequired ? "YYYY-MM-DD" : "YYYY, YYYY-MM or YYYY-MM-DD";

    private static bool IsDigits(string s) => s.Length > 0 && s.All(char.IsAsciiDigit);

    /// <summary>
    /// The date meant, where the text leaves no doubt: a month named, the year first, a time or zone
    /// after the day, dashes pasted for hyphens; and for a period ("2019–2020") or a rough date
    /// ("c. 2019"), the keys an event writes them with.
    /// </summary>
    private static string Advice(string text, bool dayRequired, bool eventDate)
    {
        if (WrittenOut(text, dayRequired) is { } written) return $", here '{written}'";
        var trimmed = text.Trim();
        var hyphens = trimmed.Replace('–', '-').Replace('—', '-').Replace('‐', '-').Replace('‑', '-');
        // Before the time after a day: "2019-05-01 to 2020-06-01" is a period, not a day and a time.
        if (eventDate && PeriodForm().Match(hyphens) is { Success: true } period && TryParse(period.Groups[1].Value, out var from, out _) && TryParse(period.Groups[2].Value, out var to, out _) && from < to)
            return $"; a period is written 'date: {from.Iso}' with 'end: {to.Iso}'";
        if (trimmed.Length > 10 && trimmed[10] is 'T' or ' ' && TryParse(trimmed[..10], out _, out _)) return $", here '{trimmed[..10]}'";
        if (hyphens != trimmed && TryParse(hyphens, out _, out _, dayRequired)) return $", here '{hyphens}' (hyphens, not dashes)";
        if (eventDate && RoughForm().Match(hyphens) is { Success: true } rough && TryParse(rough.Groups[1].Value, out var roughly, out _))
            return $", here '{roughly.Iso}' with 'circa: true' for a date known only roughly";
        return "";
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^(\d{4}(?:-\d{2}){0,2})\s*(?:-|/|to)\s*(\d{4}(?:-\d{2}){0,2})$")]
    private static partial System.Text.RegularExpressions.Regex PeriodForm();

    [System.Text.RegularExpressions.GeneratedRegex(@"^(?:c\.?|ca\.?|circa|~|about|approx\.?)\s*(\d{4}(?:-\d{2}){0,2})$", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex RoughForm();

    /// <summary>Forms a date is often written in whose reading is not in doubt (a month named, or the year first).</summary>
    private static readonly string[] DayForms = ["d MMMM yyyy", "d MMM yyyy", "MMMM d, yyyy", "MMM d, yyyy", "MMMM d yyyy", "MMM d yyyy", "yyyy/M/d", "yyyy.M.d", "yyyy-M-d"];
    private static readonly string[] MonthForms = ["MMMM yyyy", "MMM yyyy", "yyyy/M", "yyyy-M"];

    /// <summary>The date written as YYYY-MM-DD or YYYY-MM, when the text is one in a form of <see cref="DayForms"/> or <see cref="MonthForms"/>: "1 May 2025" is '2025-05-01'.</summary>
    private static string? WrittenOut(string text, bool dayRequired)
    {
        const DateTimeStyles style = DateTimeStyles.AllowWhiteSpaces;
        if (DateTime.TryParseExact(text, DayForms, CultureInfo.InvariantCulture, style, out var day)) return day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        // A month is not enough where the day is required: no day is made up.
        if (!dayRequired && DateTime.TryParseExact(text, MonthForms, CultureInfo.InvariantCulture, style, out var month)) return month.ToString("yyyy-MM", CultureInfo.InvariantCulture);
        return null;
    }

    /// <summary>The date as written: the value of a &lt;time datetime&gt; attribute.</summary>
    public string Iso => Precision switch
    {
        DatePrecision.Year => Year.ToString("D4", CultureInfo.InvariantCulture),
        DatePrecision.Month => $"{Year:D4}-{Month:D2}",
        _ => $"{Year:D4}-{Month:D2}-{Day:D2}",
    };

    /// <summary>"2019", "Dec 2019" or "30 Dec 2019"; a year before 1000 is marked as one ("15 Mar 44 CE"), which read as 1944 or as a day.</summary>
    public string Display => Precision switch
    {
        DatePrecision.Year => Shown(Year),
        DatePrecision.Month => $"{MonthAbbreviations[Month!.Value - 1]} {Shown(Year)}",
        _ => $"{Day} {MonthAbbreviations[Month!.Value - 1]} {Shown(Year)}",
    };

    /// <summary>
    /// This date as the start of a period ending at <paramref name="end"/>, without what the end says
    /// again ("23" in "23–29 Mar 2021", "23 Mar" in "23 Mar – 2 Apr 2021", "Jul" in "Jul–Oct 2020";
    /// whole when the years differ or the end is less precise), and the dash after it: closed between
    /// like and like ("2015–2017"), spaced otherwise ("2021 – Dec 2022", "44 CE – 50 CE").
    /// </summary>
    public (string Start, string Dash) StartOfPeriodTo(PartialDate end)
    {
        var start = StartShownBefore(end);
        return (start, Precision == end.Precision && !start.Contains(' ') ? "–" : " – ");
    }

    private string StartShownBefore(PartialDate end)
    {
        if (end.Year != Year || Month is not { } month || end.Month is not { } endMonth) return Display;
        if (endMonth == month) return Day is { } day && end.Day is not null ? day.ToString(CultureInfo.InvariantCulture) : Display;
        return Day is { } first ? $"{first} {MonthAbbreviations[month - 1]}" : MonthAbbreviations[month - 1];
    }

    /// <summary>A period from this date to <paramref name="end"/>, each part said once: "23–29 Mar 2021".</summary>
    public string DisplayTo(PartialDate end)
    {
        var (start, dash) = StartOfPeriodTo(end);
        return start + dash + end.Display;
    }

    /// <summary>A year as dates show it: "2019", and "44 CE" for one before 1000.</summary>
    public static string Shown(int year) => year < 1000 ? $"{year} CE" : year.ToString(CultureInfo.InvariantCulture);

    public string MonthName => Month is { } m ? MonthAbbreviations[m - 1] : "";

    /// <summary>The first day this date can mean.</summary>
    public DateOnly FirstDay => new(Year, Month ?? 1, Day ?? 1);

    /// <summary>The last day this date can mean: a year ends on 31 Dec, a month on its last day.</summary>
    public DateOnly LastDay => Precision switch
    {
        DatePrecision.Year => new DateOnly(Year, 12, 31),
        DatePrecision.Month => new DateOnly(Year, Month!.Value, DateTime.DaysInMonth(Year, Month.Value)),
        _ => new DateOnly(Year, Month!.Value, Day!.Value),
    };

    public int CompareTo(PartialDate other)
    {
        var byYear = Year.CompareTo(other.Year);
        if (byYear != 0) return byYear;
        var byMonth = (Month ?? 0).CompareTo(other.Month ?? 0);
        return byMonth != 0 ? byMonth : (Day ?? 0).CompareTo(other.Day ?? 0);
    }

    public static bool operator <(PartialDate a, PartialDate b) => a.CompareTo(b) < 0;
    public static bool operator >(PartialDate a, PartialDate b) => a.CompareTo(b) > 0;

    public override string ToString() => Iso;
}
