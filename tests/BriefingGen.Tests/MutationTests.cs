using System.Text;
using BriefingGen.Loading;
using BriefingGen.Output;
using BriefingGen.Rendering.Templates;
using BriefingGen.Tests.Infrastructure;
using static BriefingGen.Tests.Infrastructure.Samples;

namespace BriefingGen.Tests;

/// <summary>
/// A property: whatever a contributor writes, check ends in success or content errors (exit 0 or
/// 1), never in an exception (exit 3). Valid files are mutated at random with characters and
/// edits that broke parsers before (brackets, quotes, tabs, NUL, BOM, line separators, surrogate
/// halves, markers); the seed is fixed, so a failure replays exactly.
/// </summary>
public class MutationTests
{
    private const int Seed = 20261127;
    private const int Runs = 120;

    private static readonly string[] Pieces =
    [
        ":", ": ", "-", "- ", "-\t", "[", "]", "{", "}", "\"", "'", "\t", "\n", "\r", "\r\n", "\0", "\uFEFF", "\u2028", "\u2029", "\u0085",
        "!", "!!", "&a", "*a", "#", ">", "|", "~", "~~", "`", "```", "@", "[@", "[[", "]]", "...", "---", "? ", "%", "\\", "é", "😀",
        "\uD83D", "\uDE00", "*", "**", "_", "1. ", "<b>", "](", "www.a.com ", "https://x.example/ ", "# ", "    ", "\u200B", "\x1B",
    ];

    private static readonly string Valid = Source + Actors +
        Event("asylum", "2025-11", "circa: true\nactors: [peru, pedro-castillo]\nsources: [bbc]\nlocation: Lima\ntags: [diplomacy]\nsummary: Asylum granted.", "It began [@bbc, p. 2].\n\n## Background\n\n- one\n- two [[peru]]") +
        Brief("rupture", "actors: [peru]\nevents: [asylum]\ntags: [diplomacy, peru-mexico]\nupdated: 2025-11-12\nextra:\n  note: |\n    kept\n  list: [a, b]",
            "Peru cut ties [@bbc; @bbc, ch. 2].\n\n> A quote with *emphasis* and [a link](https://example.org).\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\nSee [[asylum|the asylum]] and www.example.org.[^1]\n\n[^1]: A note.");

    [Fact]
    public void Random_mutations_of_valid_content_never_make_check_fail_internally()
    {
        var (content, _) = TestSite.Split(Valid);
        var paths = content.Keys.Order(StringComparer.Ordinal).ToArray();
        var random = new Random(Seed);
        var templates = TemplateSet.Load();
        for (var run = 0; run < Runs; run++)
        {
            var files = new Dictionary<string, string>(content, StringComparer.Ordinal);
            var mutated = new List<string>();
            for (var edits = random.Next(1, 5); edits > 0; edits--)
            {
                var path = paths[random.Next(paths.Length)];
                files[path] = Mutate(files[path], random);
                mutated.Add(path);
            }
            try
            {
                // What check runs: every stage, every page rendered into a discarding sink.
                SiteBuilder.Build(new InMemoryContentSource(files), templates, new DiscardingOutput(), new BuildOptions { LintCitations = true });
            }
            catch (Exception e)
            {
                var shown = string.Join("\n", mutated.Distinct().Select(p => $"-- {p} --\n{Escape(files[p])}"));
                Assert.Fail($"run {run} (seed {Seed}) threw {e.GetType().Name}: {e.Message}\n{shown}\n{e.StackTrace}");
            }
        }
    }

    /// <summary>One edit: insert a piece, delete a span, repeat a span or cut the file, at a random place.</summary>
    private static string Mutate(string text, Random random)
    {
        var at = random.Next(text.Length + 1);
        var length = Math.Min(text.Length - at, random.Next(1, 40));
        return random.Next(6) switch
        {
            0 or 1 or 2 => text.Insert(at, Pieces[random.Next(Pieces.Length)]),
            3 => text.Remove(at, length),
            4 => text.Insert(at, string.Concat(Enumerable.Repeat(text.Substring(at, length), random.Next(2, 60)))),
            _ => text[..at],
        };
    }

    private static string Escape(string text)
    {
        var shown = new StringBuilder();
        foreach (var c in text) shown.Append(c is '\n' || (c >= ' ' && c < 0x7F) ? c.ToString() : $"\\u{(int)c:X4}");
        return shown.ToString();
    }
}
