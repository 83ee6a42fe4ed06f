using System.Buffers;
using System.IO.Compression;
using System.Text;
using Markdig.Renderers;
using Markdig.Syntax;

namespace BriefingGen.Markdown;

/// <summary>
/// A body's HTML, rendered once when the body is parsed, with holes where the page that shows it
/// decides: each [[id]] (the target's address from that page and its title, or plain text for a
/// draft left out) and each citation marker (the source's number on the page). Filling the holes is
/// all a page does with its body, so no syntax tree is kept, or made again, to render it.
/// </summary>
public sealed class BodyHtml
{
    public static BodyHtml Empty { get; } = new([], [], []);

    /// <summary>
    /// UTF-8, Brotli-compressed when that saves: a large site holds every body until its page
    /// renders (70 MB of HTML at 10,000 briefs), and compressing at the fastest setting costs far less
    /// than the memory it frees.
    /// </summary>
    private readonly byte[] _packed;
    /// <summary>The length of the UTF-8 text; the packed bytes are the text itself when they are as long.</summary>
    private readonly int _length;
    /// <summary>Where each hole goes, in characters of the decoded text.</summary>
    private readonly int[] _holeAt;
    private readonly BodyHole[] _holes;

    [ThreadStatic] private static HtmlRenderer? _filler;

    private const int PackFrom = 1024;
    private const int FastestQuality = 0;
    private const int WindowBits = 22;

    private BodyHtml(byte[] text, int[] holeAt, BodyHole[] holes)
    {
        _length = text.Length;
        _packed = Pack(text);
        _holeAt = holeAt;
        _holes = holes;
    }

    public bool IsEmpty => _length == 0 && _holes.Length == 0;

    public static BodyHtml Of(MarkdownDocument ast)
    {
        if (ast.Count == 0) return Empty;
        // LF on every platform, so output is byte-identical wherever it is built.
        using var writer = new StringWriter { NewLine = "\n" };
        var renderer = new BodyHtmlRenderer(writer);
        MarkdownPipelineFactory.Pipeline.Setup(renderer);
        renderer.Render(ast);
        return new BodyHtml(Encoding.UTF8.GetBytes(writer.ToString()), [.. renderer.HoleAt], [.. renderer.Holes]);
    }

    /// <summary>The HTML for one page: the holes filled as seen from it.</summary>
    public string Fill(IBodyLinkContext links)
    {
        var text = Unpack();
        if (_holes.Length == 0) return text;
        using var writer = new StringWriter(new StringBuilder(text.Length + 128 * _holes.Length)) { NewLine = "\n" };
        // The holes are written with Markdig's own escaping, as the rest of the body was.
        var filler = _filler ??= new HtmlRenderer(TextWriter.Null);
        filler.Writer = writer;
        var at = 0;
        for (var i = 0; i < _holes.Length; i++)
        {
            writer.Write(text.AsSpan(at, _holeAt[i] - at));
            at = _holeAt[i];
            filler.EnableHtmlForInline = _holes[i].HtmlEnabled;
            _holes[i].Write(filler, links);
        }
        writer.Write(text.AsSpan(at));
        filler.Writer = TextWriter.Null;
        return writer.ToString();
    }

    /// <summary>A short body is kept as it is: compressing it saves little and costs a call.</summary>
    private static byte[] Pack(byte[] text)
    {
        if (text.Length < PackFrom) return text;
        var packed = ArrayPool<byte>.Shared.Rent(BrotliEncoder.GetMaxCompressedLength(text.Length));
        try
        {
            return BrotliEncoder.TryCompress(text, packed, out var written, FastestQuality, WindowBits) && written < text.Length
                ? packed.AsSpan(0, written).ToArray()
                : text;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(packed);
        }
    }

    private string Unpack()
    {
        if (_packed.Length == _length) return Encoding.UTF8.GetString(_packed);
        var text = ArrayPool<byte>.Shared.Rent(_length);
        try
        {
            if (!BrotliDecoder.TryDecompress(_packed, text, out var written) || written != _length)
                throw new InvalidOperationException("a body's packed HTML did not unpack to its length");
            return Encoding.UTF8.GetString(text.AsSpan(0, _length));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(text);
        }
    }
}

/// <summary>What a page writes where a body names another document or cites a source.</summary>
public abstract record BodyHole(bool HtmlEnabled)
{
    public abstract void Write(HtmlRenderer renderer, IBodyLinkContext links);
}
