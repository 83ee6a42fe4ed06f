using BriefingGen.Diagnostics;
using BriefingGen.Model;

namespace BriefingGen.Markdown;

/// <summary>Maps a character offset in a body to its 1-based line and column in the content file.</summary>
public sealed class SourceMap
{
    private readonly string _path;
    private readonly int _firstLine;
    private readonly List<int> _lineStarts = [0];

    public SourceMap(string path, DocumentBody body)
    {
        _path = path;
        _firstLine = body.FirstLine;
        var text = body.Markdown;
        for (var end = text.IndexOf('\n'); end >= 0; end = text.IndexOf('\n', end + 1)) _lineStarts.Add(end + 1);
    }

    public SourceLocation At(int offset)
    {
        var line = _lineStarts.BinarySearch(Math.Max(0, offset));
        if (line < 0) line = ~line - 1;
        return new SourceLocation(_path, _firstLine + line, offset - _lineStarts[line] + 1);
    }
}
