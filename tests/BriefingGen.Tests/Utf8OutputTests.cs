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

    private static void Write(Utf8Output output, string text) => output.Write(text, 0, text.Length);
}
