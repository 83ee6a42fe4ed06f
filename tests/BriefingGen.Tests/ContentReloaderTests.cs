using System.Text;
using BriefingGen.Diagnostics;
using BriefingGen.Loading;

namespace BriefingGen.Tests;

/// <summary>
/// serve's loader reuses its last load when only documents were edited in place; whatever happens
/// to the folder, it must load exactly what a fresh load of the same entries does.
/// </summary>
public class ContentReloaderTests
{
    [Fact]
    public void A_document_edited_in_place_is_replaced_and_every_other_finding_stays()
    {
        var source = new EditableSource(
            ("site.yml", "title: T\n"),
            ("briefs/castillo.md", Brief("Castillo")),
            ("briefs/cast1llo.md", Brief("Confusable")),
            ("briefs/Bad-Name.md", Brief("Bad name")),
            ("briefs/notes.txt", "not content"),
            ("events/e.md", Brief("Event")));
        var reloader = new ContentReloader();
        AssertSameAsFreshLoad(reloader, source);

        source.Set("briefs/castillo.md", Brief("Castillo, edited"));
        var (loaded, _) = AssertSameAsFreshLoad(reloader, source);
        Assert.Contains("Castillo, edited", loaded.Documents.Single(d => d.Id == "castillo").File.Text);

        // Unchanged entries keep their documents: the parse memory tells them apart by reference.
        var again = reloader.Load(source, new DiagnosticBag());
        Assert.Same(loaded.Documents.Single(d => d.Id == "cast1llo"), again.Documents.Single(d => d.Id == "cast1llo"));
    }

    public static TheoryData<string, string?> EditsThatChangeMoreThanOneFile() => new()
    {
        // Not UTF-8 any more: reported, and the document gone.
        { "briefs/castillo.md", "\u0001BAD" },
        // An id that now clashes, a new file, a file gone, site.yml edited.
        { "briefs/castilo.md", Brief("New") },
        { "briefs/cast1llo.md", null },
        { "site.yml", "title: Other\n" },
        // The file rejected as a duplicate id, edited: it must still be rejected.
        { "events/castillo.md", Brief("Duplicate, edited") },
    };

    [Theory]
    [MemberData(nameof(EditsThatChangeMoreThanOneFile))]
    public void Any_other_change_loads_what_a_fresh_load_does(string path, string? text)
    {
        var source = new EditableSource(
            ("site.yml", "title: T\n"),
            ("briefs/castillo.md", Brief("Castillo")),
            ("briefs/cast1llo.md", Brief("Confusable")),
            ("events/castillo.md", Brief("Duplicate")));
        var reloader = new ContentReloader();
        AssertSameAsFreshLoad(reloader, source);
        source.Set(path, text);
        AssertSameAsFreshLoad(reloader, source);
    }

    [Fact]
    public void A_source_that_makes_new_entries_every_time_loads_anew()
    {
        var files = Enumerable.Range(1, 100).ToDictionary(i => $"briefs/b{i}.md", i => Brief($"B{i}"));
        files["site.yml"] = "title: T\n";
        files["briefs/b-1.md"] = Brief("Collides");
        var source = new InMemoryContentSource(files);
        var reloader = new ContentReloader();
        var first = new DiagnosticBag();
        var second = new DiagnosticBag();
        reloader.Load(source, first);
        var loaded = reloader.Load(source, second);
        Assert.Equal(101, loaded.Documents.Count);
        Assert.Equal(first.Sorted(), second.Sorted());
        Assert.Equal(Format(ContentLoader.Load(source, new DiagnosticBag())), Format(loaded));
    }

    private static string Brief(string title) => $"---\ntitle: {title}\ndate: 2025-01-01\nsummary: s\n---\nText.\n";

    private static (LoadedContent Loaded, IReadOnlyList<Diagnostic> Diagnostics) AssertSameAsFreshLoad(ContentReloader reloader, IContentSource source)
    {
        var (reloaded, fresh) = (new DiagnosticBag(), new DiagnosticBag());
        var loaded = reloader.Load(source, reloaded);
        var expected = ContentLoader.Load(source, fresh);
        Assert.Equal(Format(expected), Format(loaded));
        Assert.Equal(fresh.Sorted().Select(d => d.Format()), reloaded.Sorted().Select(d => d.Format()));
        return (loaded, reloaded.Sorted());
    }

    private static string Format(LoadedContent loaded) =>
        $"{loaded.SiteConfig?.Text}|" + string.Join("|", loaded.Documents.Select(d => $"{d.Kind} {d.Id} {d.File.Path} {d.File.Text}"));

    /// <summary>Like serve's source: the same entry objects until a file is set again.</summary>
    private sealed class EditableSource : IContentSource
    {
        private readonly SortedDictionary<string, ContentEntry> _entries = new(StringComparer.Ordinal);

        public EditableSource(params (string Path, string Text)[] files)
        {
            foreach (var (path, text) in files) Set(path, text);
        }

        public string DisplayRoot => "content";

        public void Set(string path, string? text)
        {
            if (text is null) _entries.Remove(path);
            else
            {
                // A leading \u0001 stands for bytes that are not UTF-8.
                var bytes = text.StartsWith('\u0001') ? [0xC3, 0x28] : Encoding.UTF8.GetBytes(text);
                _entries[path] = new ContentEntry(path, ContentEntryType.File, bytes);
            }
            foreach (var folder in _entries.Keys.Where(p => p.Contains('/')).Select(p => p[..p.IndexOf('/')]).Distinct().ToList())
                _entries.TryAdd(folder, new ContentEntry(folder, ContentEntryType.Directory, null));
        }

        // Folders before their files, as a walk gives them ("briefs" sorts before "briefs/...").
        public IEnumerable<ContentEntry> Entries() => _entries.Values;
    }
}
