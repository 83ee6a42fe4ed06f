using System.Globalization;
using System.Text;
using BriefingGen.Graph;
using BriefingGen.Model;

namespace BriefingGen.Rendering;

/// <summary>
/// The timeline as an SVG drawn at build time: a time axis scaled to the real dates, one lane per
/// major actor, a linked mark for each event in each lane it belongs to (a dot for a known day, a
/// bar for a month, a year or a range). Past <see cref="MaxMarks"/> marks, each lane shows one bar
/// per year with its count, linking to that year on the timeline; where even those would be more
/// than that, one per decade, century or millennium, linking to its first year with events. So the
/// picture stays readable, and its links few enough to move through, at any size.
/// The picture is a labelled group of links, each with its own accessible name, not an image:
/// an image that holds links hides them from assistive technology (axe's nested-interactive).
/// </summary>
public static class TimelinePicture
{
    public const int MaxMarks = 400;
    private const int MaxLanes = 8;
    /// <summary>The drawing's width, and its label column's: the theme's CSS sizes the strip of lane names by their ratio.</summary>
    public const int Width = 960;
    public const int LabelWidth = 170;
    private const int LaneHeight = 34;
    /// <summary>A row of marks within a lane: marks that would cover one another are drawn a row apart.</summary>
    private const int RowHeight = 14;
    private const int MaxRows = 6;
    private const double MarkGap = 2;
    /// <summary>How far bars may run into each other and still share a row: rounding, where one period ends as the next begins.</summary>
    private const double Touching = 0.5;
    private const int AxisHeight = 28;
    /// <summary>The narrowest a period's bar may be: room for a count of two digits.</summary>
    private const double MinPeriodWidth = 12;
    private const string OtherLane = "Other";
    /// <summary>The most a character of an axis label takes at the theme's 12 px, and the space kept between labels.</summary>
    public const double LabelCharWidth = 7;
    public const double LabelGap = 6;

    /// <summary>The periods a picture may count its events by, each with as many years.</summary>
    private static readonly (string Name, int Years)[] Periods = [("year", 1), ("decade", 10), ("century", 100), ("millennium", 1000)];

    /// <returns>The picture, and the period its lanes count events by ("year", "decade", …), or null when they show a mark per event.</returns>
    /// <param name="yearUrl">Where a year begins in the list of these events, a site path with its anchor: where a bar that counts events links to.</param>
    public static (TrustedHtml Svg, string? CountedPer) Render(IReadOnlyList<Event> events, SiteGraph graph, string root, string heading, Func<int, string> yearUrl)
    {
        if (events.Count == 0) return (TrustedHtml.Empty, null);
        var lanes = Lanes(events, graph);
        var first = events.Min(e => e.Date.FirstDay);
        var last = events.Max(e => (e.End ?? e.Date).LastDay);
        var (start, end, X) = Span(first, last);

        // Counted as drawn: an event naming three lane actors is three marks, three links.
        var aggregate = lanes.Sum(lane => lane.Events.Count) > MaxMarks;
        var drawn = aggregate ? [] : lanes.Select(lane => Rows(lane.Events, X)).ToList();
        // Marks that would need more rows than a lane has cannot all be seen and selected: counted instead.
        aggregate |= drawn.Any(lane => lane is null);
        var period = Periods[0];
        if (aggregate)
        {
            // A bar spans whole years, so the picture does too: a last event in March left that year's bar running past its right edge.
            (start, end, X) = Span(new DateOnly(first.Year, 1, 1), new DateOnly(last.Year, 12, 31));
            // Bars of years spread over ten thousand years were 57,000 links on one page: then by decade,
            // and so on. A period also needs room for its bar and count: one event of 850 beside fifteen
            // of 2019–2025 made year bars 0.7 units apart, drawn over each other.
            var yearWidth = (X(end) - X(start)) / (end.DayNumber - start.DayNumber) * 365.2425;
            period = Periods.FirstOrDefault(p => p.Years * yearWidth >= MinPeriodWidth
                && lanes.Sum(lane => lane.Events.Select(e => e.Date.Year / p.Years).Distinct().Count()) <= MaxMarks, Periods[^1]);
        }
        var rows = aggregate ? lanes.Select(_ => LaneRows.One).ToList() : drawn.Select(lane => lane!).ToList();
        var laneHeights = rows.Select(r => Math.Max(LaneHeight, r.Count * RowHeight + 8)).ToList();
        var height = AxisHeight + laneHeights.Sum() + 6;
        var svg = new StringBuilder();
        var firstYear = first.Year;
        var lastYear = last.Year;
        svg.Append(CultureInfo.InvariantCulture, $"<svg class=\"timeline-picture\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {Width} {height}\" role=\"group\" aria-labelledby=\"timeline_title\" aria-describedby=\"timeline_desc\">");
        svg.Append("<title id=\"timeline_title\">").Append(Html.Escape(heading)).Append("</title>");
        svg.Append("<desc id=\"timeline_desc\">").Append(Html.Escape(Description(events, lanes, firstYear, lastYear))).Append("</desc>");

        Axis(svg, start, end, X, height);
        // The lane names again, in a strip of their own that stays in view while the picture
        // scrolls sideways on a narrow screen: scrolled to the recent years, the lanes had no names.
        // Drawn over the picture's own names, to the pixel, so nothing shows twice; hidden from
        // assistive technology, which reads the picture's.
        var names = new StringBuilder();
        names.Append(CultureInfo.InvariantCulture, $"<svg class=\"lane-names\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {LabelWidth} {height}\" aria-hidden=\"true\" focusable=\"false\">");
        names.Append(CultureInfo.InvariantCulture, $"<rect class=\"axis-bg\" x=\"0\" y=\"0\" width=\"{LabelWidth}\" height=\"{AxisHeight}\"/>");
        var y = AxisHeight;
        for (var i = 0; i < lanes.Count; i++)
        {
            var (name, laneEvents, label) = lanes[i];
            var laneHeight = laneHeights[i];
            // Every other lane shaded, by a class: counted by position, the strip of names (no axis before
            // its lanes) shaded the other ones.
            var lane = i % 2 == 1 ? "lane shaded" : "lane";
            LaneStart(svg, lane, name, label, y, laneHeight, Width);
            LaneStart(names, lane, name, label, y, laneHeight, LabelWidth);
            names.Append("</g>");
            if (aggregate) PeriodBars(svg, laneEvents, root, yearUrl, X, y, period.Years, firstYear, lastYear);
            else
            {
                // The rows centred in the lane; one row sits in its middle.
                var top = y + (laneHeight - rows[i].Count * RowHeight) / 2.0;
                foreach (var e in laneEvents) Mark(svg, e, root, X, top + rows[i].Of[e] * RowHeight + RowHeight / 2.0);
            }
            svg.Append("</g>");
            y += laneHeight;
        }
        svg.Append("</svg>");
        names.Append(CultureInfo.InvariantCulture, $"<rect class=\"axis-bg\" x=\"0\" y=\"{y}\" width=\"{LabelWidth}\" height=\"{height - y}\"/></svg>");
        return (new TrustedHtml($"<div class=\"timeline-track\">{svg}{names}</div>"), aggregate ? period.Name : null);
    }

    /// <summary>
    /// The days the picture spans, and where a day falls across it: padded so marks at the ends are
    /// not cut, and a single day still has a visible span; clamped, since dates near year 1 or 9998
    /// leave no room for padding.
    /// </summary>
    private static (DateOnly Start, DateOnly End, Func<DateOnly, double> X) Span(DateOnly first, DateOnly last)
    {
        var padding = Math.Max(15, (last.DayNumber - first.DayNumber) / 40);
        var start = DateOnly.FromDayNumber(Math.Max(DateOnly.MinValue.DayNumber, first.DayNumber - padding));
        var end = DateOnly.FromDayNumber(Math.Min(DateOnly.MaxValue.DayNumber, last.DayNumber + padding));
        var scale = (double)(Width - LabelWidth - 10) / (end.DayNumber - start.DayNumber);
        return (start, end, day => LabelWidth + (day.DayNumber - start.DayNumber) * scale);
    }

    /// <summary>
    /// Columns of the theme's 13 px lane names that fit their 170 units, with the "…" after them: a
    /// Chinese character takes two. Set for a wide sans-serif (DejaVu Sans, Debian's default, about
    /// 7.8 px a letter); at 24 a long name's end and its "…" fell past the column's edge, cut mid-letter.
    /// </summary>
    private const int NameColumns = 19;

    /// <summary>
    /// A lane's group opened, with its background across the width and its label; a name cut short,
    /// or written as an alias, is whole in the label's tooltip. The label is drawn in a viewport of its
    /// own, which clips it at the label column's edge: a name of wide letters ("WWWW…") ran over the lane's first marks.
    /// </summary>
    private static void LaneStart(StringBuilder into, string lane, string name, string label, int y, int laneHeight, int width)
    {
        var shown = ShortenToColumns(label, NameColumns);
        into.Append(CultureInfo.InvariantCulture, $"<g class=\"{lane}\"><rect class=\"lane-bg\" x=\"0\" y=\"{y}\" width=\"{width}\" height=\"{laneHeight}\"/>");
        into.Append(CultureInfo.InvariantCulture, $"<svg x=\"0\" y=\"{y}\" width=\"{LabelWidth - 4}\" height=\"{laneHeight}\"><text class=\"lane-label\" x=\"6\" y=\"{laneHeight / 2 + 4}\">");
        if (shown != name) into.Append("<title>").Append(Html.Escape(name)).Append("</title>");
        into.Append(Html.Escape(shown)).Append("</text></svg>");
    }

    /// <summary>The text if it fits in columns, else as much as fits with "…": characters of East Asian width take two columns.</summary>
    private static string ShortenToColumns(string text, int columns)
    {
        var used = 0;
        var fits = 0;
        var elements = StringInfo.GetTextElementEnumerator(text);
        while (elements.MoveNext())
        {
            var element = elements.GetTextElement();
            used += IsWide(Rune.GetRuneAt(element, 0)) ? 2 : 1;
            if (used > columns - 1 && fits == 0) fits = elements.ElementIndex;
            if (used > columns) return text[..fits] + "…";
        }
        return text;
    }

    /// <summary>Hangul, CJK, kana and full-width forms, flags and the emoji blocks: drawn about twice as wide as a Latin letter.</summary>
    private static bool IsWide(Rune rune) => rune.Value is >= 0x1100 and <= 0x115F or >= 0x2E80 and <= 0xA4CF or >= 0xAC00 and <= 0xD7A3
        or >= 0xF900 and <= 0xFAFF or >= 0xFE30 and <= 0xFE4F or >= 0xFF00 and <= 0xFF60 or >= 0xFFE0 and <= 0xFFE6 or >= 0x1F1E6 and <= 0x1F1FF or >= 0x1F300 and <= 0x1FAFF or >= 0x20000 and <= 0x3FFFD;

    /// <summary>
    /// The actors with most events get a lane each, and an event is drawn in the lane of every one of
    /// them it names (<see cref="SiteGraph.ActorsOf(Document)"/>): a lane is that actor's events ("Peru (9)"). Drawn only in its first-named
    /// actor's lane, an event of Castillo and Peru left Peru's lane with 2 of Peru's 9 events, on
    /// Peru's own timeline too. Events naming none of them share the last lane.
    /// </summary>
    private static List<(string Name, List<Event> Events, string Label)> Lanes(IReadOnlyList<Event> events, SiteGraph graph)
    {
        var major = LaneActors(events, graph);
        var lanes = major.ToDictionary(id => id, _ => new List<Event>());
        var other = new List<Event>();
        foreach (var e in events)
        {
            var named = false;
            foreach (var id in graph.ActorsOf(e))
            {
                if (!lanes.TryGetValue(id, out var lane)) continue;
                lane.Add(e);
                named = true;
            }
            if (!named) other.Add(e);
        }
        var result = major.Where(id => lanes[id].Count > 0).Select(id => graph.Get<Actor>(id)!).Select(a => (a.Name, lanes[a.Id], Label(a))).ToList();
        if (other.Count > 0) result.Add((OtherLane, other, OtherLane));
        return result;
    }

    /// <summary>
    /// What a lane is labelled: its actor's name, or, where that would be cut short, the longest of its
    /// aliases that fits ("IMO" for "International Maritime Organization", which read "International Mari…").
    /// </summary>
    private static string Label(Actor actor) =>
        Fits(actor.Name) ? actor.Name : actor.Aliases.Where(Fits).MaxBy(alias => alias.Length) ?? actor.Name;

    private static bool Fits(string text) => ShortenToColumns(text, NameColumns) == text;

    /// <summary>The ids of the actors named by most of these events, busiest first: each has a lane, named after it.</summary>
    public static List<string> LaneActors(IEnumerable<Event> events, SiteGraph graph) =>
        events.SelectMany(graph.ActorsOf)
            .GroupBy(id => id).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Take(MaxLanes).Select(g => g.Key).ToList();

    /// <summary>
    /// Each mark's row in its lane: the first row where it covers no mark already there, so two events
    /// of one day are both seen and both can be selected. Null when that takes more than
    /// <see cref="MaxRows"/> (seven events of one day): a mark put over another could be neither.
    /// </summary>
    private static LaneRows? Rows(List<Event> laneEvents, Func<DateOnly, double> x)
    {
        var rowEnds = new List<(double End, bool Dot)>();
        var rows = new Dictionary<Event, int>(ReferenceEqualityComparer.Instance);
        foreach (var (e, (left, right)) in laneEvents.Select(e => (e, Extent(e, x))).OrderBy(m => m.Item2.Left))
        {
            var dot = IsDot(e);
            // Bars that meet (December, then January) share a row; a dot keeps a gap to anything beside it.
            var row = rowEnds.FindIndex(r => left >= r.End + (dot || r.Dot ? MarkGap : -Touching));
            if (row < 0)
            {
                if (rowEnds.Count == MaxRows) return null;
                row = rowEnds.Count;
                rowEnds.Add((double.MinValue, dot));
            }
            rowEnds[row] = (Math.Max(rowEnds[row].End, right), dot);
            rows[e] = row;
        }
        return new LaneRows(rows, Math.Max(1, rowEnds.Count));
    }

    /// <summary>The row of each mark in a lane, and how many rows the lane has.</summary>
    private sealed record LaneRows(Dictionary<Event, int> Of, int Count)
    {
        /// <summary>A lane drawn as one row (year bars, when there are too many events to mark one by one).</summary>
        public static LaneRows One { get; } = new([], 1);
    }

    private static bool IsDot(Event e) => e.End is null && e.Date.Precision == DatePrecision.Day;

    private const double DotRadius = 5;

    /// <summary>Where a mark starts and ends across the picture: a dot for a day, a bar for a longer period.</summary>
    private static (double Left, double Right) Extent(Event e, Func<DateOnly, double> x)
    {
        if (IsDot(e))
        {
            var centre = x(e.Date.FirstDay);
            return (centre - DotRadius, centre + DotRadius);
        }
        var left = x(e.Date.FirstDay);
        return (left, left + Math.Max(4, x((e.End ?? e.Date).LastDay.AddDays(1)) - left));
    }

    private static void Mark(StringBuilder svg, Event e, string root, Func<DateOnly, double> x, double middle)
    {
        var label = $"{Pages.ViewFactory.When(e).Display}: {e.Title}";
        svg.Append("<a class=\"mark\" href=\"").Append(Html.Escape(root + e.Url)).Append("\" aria-label=\"").Append(Html.Escape(label))
           .Append("\"><title>").Append(Html.Escape(label)).Append("</title>");
        var (left, right) = Extent(e, x);
        if (IsDot(e))
            svg.Append(CultureInfo.InvariantCulture, $"<circle class=\"{(e.Circa ? "circa" : "exact")}\" cx=\"{left + DotRadius:0.#}\" cy=\"{middle:0.#}\" r=\"{DotRadius}\"/>");
        else
            svg.Append(CultureInfo.InvariantCulture, $"<rect class=\"span{(e.Circa ? " circa" : "")}\" x=\"{left:0.#}\" y=\"{middle - 5:0.#}\" width=\"{right - left:0.#}\" height=\"10\" rx=\"3\"/>");
        svg.Append("</a>");
    }

    /// <summary>A bar per period with events (a year, or many: see <see cref="Periods"/>), within the years the picture spans, linking to where its first year begins in the list.</summary>
    private static void PeriodBars(StringBuilder svg, List<Event> laneEvents, string root, Func<int, string> yearUrl, Func<DateOnly, double> x, int laneY, int years, int firstYear, int lastYear)
    {
        foreach (var group in laneEvents.GroupBy(e => e.Date.Year / years))
        {
            var (from, to) = (Math.Max(firstYear, group.Key * years), Math.Min(lastYear, group.Key * years + years - 1));
            var left = x(new DateOnly(from, 1, 1));
            var width = x(new DateOnly(to, 12, 31)) - left;
            // A period cut short by the first or last year (2020–2025 of a decade) still gets room for its
            // count, reaching into the picture's margin: left at the start, right at the end.
            if (width < MinPeriodWidth)
            {
                if (from == firstYear && to != lastYear) left -= MinPeriodWidth - width;
                width = MinPeriodWidth;
            }
            var count = group.Count();
            var shown = from == to ? PartialDate.Shown(from) : $"{PartialDate.Shown(from)}–{PartialDate.Shown(to)}";
            var label = string.Create(CultureInfo.InvariantCulture, $"{shown}: {count} event{(count == 1 ? "" : "s")}");
            svg.Append("<a class=\"mark aggregate\" href=\"").Append(Html.Escape(root + yearUrl(group.Min(e => e.Date.Year))))
               .Append("\" aria-label=\"").Append(label).Append("\"><title>").Append(label).Append("</title>");
            svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{left:0.#}\" y=\"{laneY + 6}\" width=\"{width:0.#}\" height=\"{LaneHeight - 12}\" rx=\"3\"/>");
            svg.Append(CultureInfo.InvariantCulture, $"<text class=\"count\" x=\"{left + width / 2:0.#}\" y=\"{laneY + LaneHeight / 2 + 4}\" text-anchor=\"middle\">{count}</text></a>");
        }
    }

    private static void Axis(StringBuilder svg, DateOnly start, DateOnly end, Func<DateOnly, double> x, int height)
    {
        svg.Append("<g class=\"axis\" aria-hidden=\"true\">");
        var clearFrom = double.MinValue;
        foreach (var (tick, label) in Ticks(start, end))
        {
            var at = x(tick);
            svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{at:0.#}\" y1=\"{AxisHeight - 6}\" x2=\"{at:0.#}\" y2=\"{height}\"/>");
            // A label sits right of its tick; at the right edge, left of it so it is not cut off; and
            // where either would run into the label before it, the tick goes unlabelled.
            var width = label.Length * LabelCharWidth;
            if (at + 3 + width <= Width && at + 3 >= clearFrom)
            {
                svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{at + 3:0.#}\" y=\"{AxisHeight - 10}\">{label}</text>");
                clearFrom = at + 3 + width + LabelGap;
            }
            else if (at + 3 + width > Width && at - 3 - width >= clearFrom)
            {
                svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{at - 3:0.#}\" y=\"{AxisHeight - 10}\" text-anchor=\"end\">{label}</text>");
                clearFrom = at - 3 + LabelGap;
            }
        }
        svg.Append("</g>");
    }

    /// <summary>
    /// Years where the span holds two New Year's Days or more, else months, else days: a span inside
    /// one year (a site's first events, an actor's own timeline) had an axis with no date on it.
    /// About a dozen ticks at most, for any span a date can have (years 1 to 9999). A year before
    /// 1000 is labelled as dates show it ("44 CE").
    /// </summary>
    public static IReadOnlyList<(DateOnly Tick, string Label)> Ticks(DateOnly start, DateOnly end)
    {
        var years = end.Year - start.Year + 1;
        var yearStep = years <= 12 ? 1 : years <= 30 ? 5 : years <= 120 ? 10 : years <= 600 ? 50 : years <= 1200 ? 100 : years <= 6000 ? 500 : 1000;
        var ticks = new List<(DateOnly, string)>();
        for (var year = (start.Year + yearStep - 1) / yearStep * yearStep; year <= end.Year; year += yearStep)
        {
            var tick = new DateOnly(year, 1, 1);
            if (tick >= start) ticks.Add((tick, PartialDate.Shown(year)));
        }
        if (ticks.Count >= 2) return ticks;

        ticks.Clear();
        var months = (end.Year - start.Year) * 12 + end.Month - start.Month + 1;
        var monthStep = months <= 12 ? 1 : months <= 24 ? 2 : months <= 36 ? 3 : 6;
        // Counted, not added up: a month or day past the last date there is (9999-12-31) cannot be made.
        for (var i = 0; i < months; i++)
        {
            var month = new DateOnly(start.Year, start.Month, 1).AddMonths(i);
            if (month >= start && (month.Month - 1) % monthStep == 0) ticks.Add((month, $"{month.ToString("MMM", CultureInfo.InvariantCulture)} {PartialDate.Shown(month.Year)}"));
        }
        if (ticks.Count >= 2) return ticks;

        ticks.Clear();
        var dayStep = Math.Max(1, (end.DayNumber - start.DayNumber + 5) / 6);
        for (var dayNumber = start.DayNumber + dayStep / 2; dayNumber <= end.DayNumber; dayNumber += dayStep)
        {
            var day = DateOnly.FromDayNumber(dayNumber);
            ticks.Add((day, $"{day.ToString("d MMM", CultureInfo.InvariantCulture)} {PartialDate.Shown(day.Year)}"));
        }
        return ticks;
    }

    private static string Description(IReadOnlyList<Event> events, List<(string Name, List<Event> Events, string Label)> lanes, int firstYear, int lastYear) =>
        // Events of one year were "from 2025 to 2025".
        $"{events.Count} event{(events.Count == 1 ? "" : "s")} {(firstYear == lastYear ? $"in {PartialDate.Shown(firstYear)}" : $"from {PartialDate.Shown(firstYear)} to {PartialDate.Shown(lastYear)}")}, in lanes for " +
        string.Join(", ", lanes.Select(l => $"{l.Name} ({l.Events.Count})")) +
        ". The same events are listed in order below.";
}
