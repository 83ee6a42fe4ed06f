using Scriban.Runtime;

namespace BriefingGen.Rendering.Templates;

/// <summary>
/// A template output that encodes to UTF-8 as it is written, into a buffer its thread reuses. A
/// page is held once, as the bytes to write: as UTF-16 text it was held twice as large, copied
/// into the layout and then encoded again (for a list page of a large site, tens of megabytes).
/// </summary>
public sealed class Utf8Output : IScriptOutput
{
    private byte[] _bytes = new byte[16 * 1024];
    private int _length;

    /// <summary>A pair's first half, written last: its second half may open the next write.</summary>
    private char _highSurrogate;

    /// <summary>Everything written, with a pair left half-written ended as U+FFFD.</summary>
    public ReadOnlySpan<byte> Written
    {
        get
        {
            EndPendingSurrogate();
            return _bytes.AsSpan(0, _length);
        }
    }

    /// <summary>Bytes held; more than the page's length after a large page, which is why such outputs are let go.</summary>
    public int Capacity => _bytes.Length;

    public void Clear()
    {
        _length = 0;
        _highSurrogate = '\0';
    }

    public void Write(string text, int offset, int count) => Write(text.AsSpan(offset, count));

    public ValueTask WriteAsync(string text, int offset, int count, CancellationToken cancellationToken)
    {
        Write(text, offset, count);
        return ValueTask.CompletedTask;
    }

    /// <summary>Bytes already encoded, such as a page's content written into its layout.</summary>
    public void Append(ReadOnlySpan<byte> utf8)
    {
        EndPendingSurrogate();
        Reserve(utf8.Length);
        utf8.CopyTo(_bytes.AsSpan(_length));
        _length += utf8.Length;
    }

    private void Write(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty) return;
        if (_highSurrogate != '\0')
        {
            var high = _highSurrogate;
            _highSurrogate = '\0';
            if (char.IsLowSurrogate(text[0]))
            {
                Encode([high, text[0]]);
                text = text[1..];
            }
            else
            {
                Encode([high]);
            }
        }
        // A pair cut between two writes is kept whole, as one encoder over the whole page would.
        if (text.Length > 0 && char.IsHighSurrogate(text[^1]))
        {
            _highSurrogate = text[^1];
            text = text[..^1];
        }
        Encode(text);
    }

    private void EndPendingSurrogate()
    {
        if (_highSurrogate == '\0') return;
        var high = _highSurrogate;
        _highSurrogate = '\0';
        Encode([high]);
    }

    /// <summary>Encodes text whose pairs are complete; a lone surrogate becomes U+FFFD.</summary>
    private void Encode(ReadOnlySpan<char> text)
    {
        // Three bytes a character is the bound; when it does not fit, the text is counted, so a long
        // one (a list of a large site written at once) grows the buffer by what it needs, not thrice.
        if (_bytes.Length - _length < text.Length * 3L) Reserve(System.Text.Encoding.UTF8.GetByteCount(text));
        System.Text.Unicode.Utf8.FromUtf16(text, _bytes.AsSpan(_length), out _, out var written);
        _length += written;
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
