using System.Buffers;
using K4os.Compression.LZ4;
using System.Text;
using BriefingGen.Output;
using Markdig.Renderers;
using Markdig.Syntax;

namespace BriefingGen.Markdown;

/// <summary>
/// A body's HTML, rendered once when the body is parsed, with holes where the page that shows it
/// decides: each [[id]] (the target's address from that page and its title, or plain text for a
/// draft left out) and each citation marker (the source's number on the page). Filling the holes is
/// all a page does with its body, so no syntax tree is kept, or made again, to render it. The HTML
/// is UTF-8 from the Markdown renderer to the page's file: never held as UTF-16 text.
/// </summary>
public sealed class BodyHtml
{
    public static BodyHtml Empty { get; } = new([], [], []);

    /// <summary>
    /// UTF-8, LZ4-compressed when that saves: a large site holds every body until its page renders
    /// (70 MB of HTML at 10,000 briefs). LZ4 packs body HTML about two to one; Brotli at its fastest
    /// packed 2.7 to one but took up to twice as long to pack and six to fifteen times as long to unpack.
    /// </summary>
    private readonly byte[] _packed;
    /// <summary>The length of the UTF-8 text; the packed bytes are the text itself when they are as long.</summary>
    private readonly int _length;
    /// <summary>Where each hole goes, in bytes of the unpacked text.</summary>
    private readonly int[] _holeAt;
    private readonly BodyHole[] _holes;

    /// <summary>The thread's buffer for rendering bodies; let go after a body larger than <see cref="LargeBody"/>.</summary>
    [ThreadStatic] private static Utf8Output? _rendering;
    [ThreadStatic] private static HtmlRenderer? _filler;

    private const int LargeBody = 1 << 20;
    private const int PackFrom = 1024;

    private BodyHtml(ReadOnlySpan<byte> text, int[] holeAt, BodyHole[] holes)
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
        var output = _rendering ??= new Utf8Output();
        try
        {
            var renderer = new BodyHtmlRenderer(output);
            MarkdownPipelineFactory.Pipeline.Setup(renderer);
            renderer.Render(ast);
            return new BodyHtml(output.Written, [.. renderer.HoleAt], [.. renderer.Holes]);
        }
        finally
        {
            if (output.Capacity > LargeBody) _rendering = null;
            output.Clear();
        }
    }

    /// <summary>Writes the HTML for one page into its output: the holes filled as seen from it.</summary>
    public void WriteTo(Utf8Output output, IBodyLinkContext links)
    {
        var rented = _packed.Length == _length ? null : ArrayPool<byte>.Shared.Rent(_length);
        // The holes are written with Markdig's own escaping, as the rest of the body was.
        var filler = _filler ??= new HtmlRenderer(TextWriter.Null);
        try
        {
            ReadOnlySpan<byte> text = rented is null ? _packed : Unpack(rented);
            filler.Writer = new Utf8TextWriter(output);
            var at = 0;
            for (var i = 0; i < _holes.Length; i++)
            {
                output.Append(text[at.._holeAt[i]]);
                at = _holeAt[i];
                filler.EnableHtmlForInline = _holes[i].HtmlEnabled;
                _holes[i].Write(filler, links);
            }
            output.Append(text[at..]);
        }
        finally
        {
            filler.Writer = TextWriter.Null;
            if (rented is not null) ArrayPool<byte>.Shared.Return(rented);
        }
    }

    /// <summary>The HTML for one page as text, for a theme that works on it as a string.</summary>
    public string Fill(IBodyLinkContext links)
    {
        var output = new Utf8Output();
        WriteTo(output, links);
        return Encoding.UTF8.GetString(output.Written);
    }

    /// <summary>A short body is kept as it is: compressing it saves little and costs a call.</summary>
    private static byte[] Pack(ReadOnlySpan<byte> text)
    {
        if (text.Length < PackFrom) return text.ToArray();
        var packed = ArrayPool<byte>.Shared.Rent(LZ4Codec.MaximumOutputSize(text.Length));
        try
        {
            var written = LZ4Codec.Encode(text, packed, LZ4Level.L00_FAST);
            return written > 0 && written < text.Length ? packed.AsSpan(0, written).ToArray() : text.ToArray();
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(packed);
        }
    }

    private ReadOnlySpan<byte> Unpack(byte[] into)
    {
        if (LZ4Codec.Decode(_packed, into.AsSpan(0, _length)) != _length)
            throw new InvalidOperationException("a body's packed HTML did not unpack to its length");
        return into.AsSpan(0, _length);
    }
}

/// <summary>What a page writes where a body names another document or cites a source.</summary>
public abstract record BodyHole(bool HtmlEnabled)
{
    public abstract void Write(HtmlRenderer renderer, IBodyLinkContext links);
}
