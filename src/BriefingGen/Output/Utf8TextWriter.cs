using System.Text;

namespace BriefingGen.Output;

/// <summary>
/// A TextWriter over a <see cref="Utf8Output"/>, for Markdig's renderers: a body's HTML is encoded
/// as it is rendered, and filled into its page's bytes, never held as UTF-16 text. Lines end in LF
/// on every platform, so output is byte-identical wherever it is built.
/// </summary>
public sealed class Utf8TextWriter : TextWriter
{
    private readonly Utf8Output _output;

    public Utf8TextWriter(Utf8Output output)
    {
        _output = output;
        CoreNewLine = ['\n'];
    }

    public override Encoding Encoding => Encoding.UTF8;

    public override void Write(char value) => _output.Write(value);

    public override void Write(string? value) => _output.Write(value.AsSpan());

    public override void Write(ReadOnlySpan<char> buffer) => _output.Write(buffer);

    public override void Write(char[] buffer, int index, int count) => _output.Write(buffer.AsSpan(index, count));

    public override void WriteLine() => _output.Write('\n');
}
