using System.Text;
using Scriban.Runtime;

namespace BriefingGen.Output;

/// <summary>
/// A page's output, encoded to UTF-8 as it is written, into a buffer its thread reuses: templates
/// write into it, and so does a body's HTML (<see cref="Utf8TextWriter"/>). A page is held once, as
/// the bytes to write: as UTF-16 text it was held twice as large, copied into the layout and then
/// encoded again (for a list page of a large site, tens of megabytes).
/// </summary>
public sealed class Utf8Output : IScriptOutput
{
    private byte[] _bytes = new byte[16 * 1024];
    private int _length;

    /// <summary>One encoder for the whole page: it holds a pair's first half, written last, until the next write brings the second.</summary>
    private readonly Encoder _encoder = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetEncoder();
    /// <summary>Whether the encoder holds a pair's first half: it does exactly when the last text it took ended with one.</summary>
    private bool _holdsHalf;

    /// <summary>Everything written, with a pair left half-written ended as U+FFFD.</summary>
    public ReadOnlySpan<byte> Written
    {
        get
        {
            Encode([], flush: true);
            return _bytes.AsSpan(0, _length);
        }
    }

    /// <summary>Bytes written so far, with a pair left half-written ended as U+FFFD.</summary>
    public int Length => Written.Length;

    /// <summary>Bytes held; more than the page's length after a large page, which is why such outputs are let go.</summary>
    public int Capacity => _bytes.Length;

    public void Clear()
    {
        _length = 0;
        _encoder.Reset();
        _holdsHalf = false;
    }

    public void Write(string text, int offset, int count) => Write(text.AsSpan(offset, count));

    public void Write(ReadOnlySpan<char> text)
    {
        if (!text.IsEmpty) Encode(text, flush: false);
    }

    /// <summary>Markup is written a character at a time ('&lt;', '"'): ASCII goes straight in, past the encoder.</summary>
    public void Write(char c)
    {
        if (char.IsAscii(c) && !_holdsHalf && _bytes.Length > _length)
            _bytes[_length++] = (byte)c;
        else
            Encode(new ReadOnlySpan<char>(in c), flush: false);
    }

    public ValueTask WriteAsync(string text, int offset, int count, CancellationToken cancellationToken)
    {
        Write(text, offset, count);
        return ValueTask.CompletedTask;
    }

    /// <summary>Bytes already encoded, such as a page's content written into its layout.</summary>
    public void Append(ReadOnlySpan<byte> utf8)
    {
        Encode([], flush: true);
        Reserve(utf8.Length);
        utf8.CopyTo(_bytes.AsSpan(_length));
        _length += utf8.Length;
    }

    /// <summary>A lone surrogate becomes U+FFFD; a pair's first half waits for the next write unless flushed.</summary>
    private void Encode(ReadOnlySpan<char> text, bool flush)
    {
        // Three bytes a character (and one held back) is the bound; when it does not fit, the text is
        // counted, so a long one (a list of a large site written at once) grows the buffer by what it needs.
        if (_bytes.Length - _length < (text.Length + 1) * 3L) Reserve(_encoder.GetByteCount(text, flush));
        _length += _encoder.GetBytes(text, _bytes.AsSpan(_length), flush);
        _holdsHalf = !flush && !text.IsEmpty && char.IsHighSurrogate(text[^1]);
    }

    private void Reserve(int more)
    {
        if (_bytes.Length - _length >= more) return;
        // Doubling, or past a single large write with an eighth to spare: a layout that copies in a
        // list page of 14 MB then writes its footer would otherwise double to 29 MB for a few bytes.
        var needed = checked(_length + more);
        var grown = new byte[Math.Max(needed, (int)Math.Min(Math.Max(needed + needed / 8L, _bytes.Length * 2L), Array.MaxLength))];
        _bytes.AsSpan(0, _length).CopyTo(grown);
        _bytes = grown;
    }
}
