namespace BriefingGen.Rendering;

/// <summary>HTML escaping for text and quoted attribute values.</summary>
public static class Html
{
    private static readonly System.Buffers.SearchValues<char> Special = System.Buffers.SearchValues.Create("&<>\"'");

    public static string Escape(string? text)
    {
        if (string.IsNullOrEmpty(text)) return "";
        var next = text.AsSpan().IndexOfAny(Special);
        if (next < 0) return text;
        // Copies the runs between special characters whole: most text has few of them.
        return string.Create(EscapedLength(text, next), (text, next), static (output, state) =>
        {
            var (text, start) = state;
            text.AsSpan(0, start).CopyTo(output);
            var written = start;
            for (var i = start; i < text.Length; i++)
            {
                var entity = text[i] switch
                {
                    '&' => "&amp;",
                    '<' => "&lt;",
                    '>' => "&gt;",
                    '"' => "&quot;",
                    '\'' => "&#39;",
                    _ => null,
                };
                if (entity is null) output[written++] = text[i];
                else
                {
                    entity.CopyTo(output[written..]);
                    written += entity.Length;
                }
            }
        });
    }

    private static int EscapedLength(string text, int first)
    {
        var length = text.Length;
        for (var i = first; i < text.Length; i++)
            length += text[i] switch { '&' => 4, '<' or '>' => 3, '"' => 5, '\'' => 4, _ => 0 };
        return length;
    }
}
