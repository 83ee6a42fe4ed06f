using System.Text;
using System.Xml;

namespace BriefingGen.Rendering.Exports;

/// <summary>
/// Text as XML 1.0 can carry it. Front matter refuses control characters and noncharacters, and YAML
/// half a surrogate pair, but a feed must not depend on every field being read that way: what no XML
/// document may contain (XmlWriter would throw) becomes U+FFFD.
/// </summary>
public static class XmlText
{
    /// <summary>An indented UTF-8 document (no BOM, LF, a final newline), so exports are byte-identical between builds.</summary>
    public static byte[] Document(Action<XmlWriter> write)
    {
        using var stream = new MemoryStream();
        using (var xml = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true, NewLineChars = "\n" }))
        {
            xml.WriteStartDocument();
            write(xml);
        }
        stream.WriteByte((byte)'\n');
        return stream.ToArray();
    }

    public static string Safe(string text)
    {
        StringBuilder? cleaned = null;
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                cleaned?.Append(text, i, 2);
                i++;
            }
            else if (XmlConvert.IsXmlChar(text[i])) cleaned?.Append(text[i]);
            else (cleaned ??= new StringBuilder(text, 0, i, text.Length)).Append('\uFFFD');
        }
        return cleaned?.ToString() ?? text;
    }
}
