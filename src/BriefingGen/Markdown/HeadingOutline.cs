namespace BriefingGen.Markdown;

/// <summary>
/// The level each body heading is shown at. The page title is the page's one h1, so the body's
/// highest level becomes h2, and a heading is one level below the nearest earlier heading written
/// higher: "# Top" then "#### Deep" shows as h2 then h3. Screen readers navigate by level, and a
/// second h1 or a skipped level reads as a new page or a missing section.
/// </summary>
public sealed class HeadingOutline
{
    /// <summary>Written levels of the headings still open, strictly rising, so never more than six.</summary>
    private readonly Stack<int> _open = new();

    /// <summary>The shown level (2 to 6) of the next heading in document order, written at this level.</summary>
    public int Shown(int written)
    {
        while (_open.Count > 0 && _open.Peek() >= written) _open.Pop();
        _open.Push(written);
        return Math.Min(_open.Count + 1, 6);
    }
}
