using System.Text;
using BriefingGen.Output;

namespace BriefingGen.Tests;

/// <summary>
/// A page's output buffer grows by what the page needs: the list pages of a large site run to
/// megabytes each, on every rendering thread, and a buffer that doubles past them (or reserves three
/// bytes a character for one long write) holds twice or thrice the page.
/// </summary>
public class Utf8OutputTests
{
    private const int PageBytes = 4 * 1024 * 1024;

    [Fact]
    public void A_layout_that_copies_in_a_large_page_and_then_writes_its_footer_holds_little_more_than_both()
    {
        var page = new byte[PageBytes];
        Array.Fill(page, (byte)'p');
        var layout = new Utf8Output();
        Write(layout, "<main>");

        layout.Append(page);
        Write(layout, "</main><footer>Lima</footer>");

        Assert.Equal("<main>" + new string('p', PageBytes) + "</main><footer>Lima</footer>", Encoding.UTF8.GetString(layout.Written));
        Assert.InRange(layout.Capacity, layout.Written.Length, layout.Written.Length * 5 / 4);
    }

    [Theory]
    [InlineData("a")]
    [InlineData("é")]
    [InlineData("😀")]
    public void One_long_text_grows_the_buffer_by_its_encoded_length_not_three_bytes_a_character(string unit)
    {
        var text = string.Concat(Enumerable.Repeat(unit, PageBytes / 4 / unit.Length));
        var output = new Utf8Output();
        Write(output, "<ul>");

        Write(output, text);

        var expected = Encoding.UTF8.GetBytes("<ul>" + text);
        Assert.Equal(expected, output.Written.ToArray());
        Assert.InRange(output.Capacity, expected.Length, expected.Length * 5 / 4);
    }

    /// <summary>
    /// Markdig writes markup a character at a time, and a pair's halves may come in separate writes.
    /// The texts are escaped: xunit would turn a lone surrogate in test data into U+FFFD.
    /// </summary>
    [Theory]
    [InlineData(@"a\uD83D\uDE00b")]
    [InlineData(@"\uD83D<")]
    [InlineData(@"\uD83D\uD83D\uDE00>")]
    [InlineData(@"\uDE00<\uD83D")]
    public void Characters_written_one_by_one_encode_as_the_text_would_whole(string escaped)
    {
        var text = System.Text.RegularExpressions.Regex.Unescape(escaped);
        var output = new Utf8Output();

        foreach (var c in text) output.Write(c);

        Assert.Equal(Encoding.UTF8.GetBytes(text), output.Written.ToArray());
    }

    private static void Write(Utf8Output output, string text) => output.Write(text, 0, text.Length);
}
