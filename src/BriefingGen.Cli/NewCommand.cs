using System.Globalization;
using System.Text.RegularExpressions;
using BriefingGen.Diagnostics;
using BriefingGen.FrontMatter;
using BriefingGen.Loading;
using BriefingGen.Model;
using BriefingGen.Validation;

namespace BriefingGen.Cli;

/// <summary>
/// `briefinggen new KIND ID`: a new content file from a scaffold (built in, or scaffolds/KIND.md in
/// the templates folder) with the required keys filled in and the optional ones as comments, so it
/// passes `check` as it is. The one command that reads the clock: a new brief is dated today.
/// </summary>
public static partial class NewCommand
{
    [GeneratedRegex(@"\{\{ (id|title|date) \}\}")]
    private static partial Regex Placeholder();

    public static int Run(string kindName, string id, string? title, string contentFolder, string? templatesFolder, DateOnly today,
        TextWriter stdout, DiagnosticPrinter printer)
    {
        var kind = DocumentKinds.All.Single(k => k.Noun() == kindName);
        // The id names the file; "x.md" would make x-md.md.
        if (id.EndsWith(".md", StringComparison.OrdinalIgnoreCase) && id.Length > 3)
        {
            var stem = id[..^3];
            printer.Usage(ContentLayout.IdProblem(stem, typed: true) ?? $"an id is the file's name without '.md': use '{stem}' (nothing was written)");
            return CliApp.UsageError;
        }
        if (ContentLayout.IdProblem(id, typed: true) is { } problem)
        {
            printer.Usage(problem);
            return CliApp.UsageError;
        }
        if (Scaffolds.TitleProblem(title) is { } titleProblem)
        {
            printer.Usage(titleProblem);
            return CliApp.UsageError;
        }
        // Found by check, it was blamed on the scaffold's title line.
        if (title is not null && string.IsNullOrWhiteSpace(title))
        {
            printer.Usage($"--title is empty; give the {kindName}'s title, or leave --title out for one made from the id (nothing was written)");
            return CliApp.UsageError;
        }
        // Ids are unique across the four kinds, so look in every folder.
        foreach (var other in DocumentKinds.All)
        {
            var existing = Path.Combine(contentFolder, other.Folder(), id + ".md");
            if (!File.Exists(existing)) continue;
            printer.Usage($"'{id}' is already used by '{CliApp.Shown(existing)}'; choose another id (nothing was written)");
            return CliApp.ContentErrors;
        }
        // An old address kept for a renamed document: the new file's page would be written there too (BG3012).
        if (FormerIdOwner(id, contentFolder) is { } owner)
        {
            printer.Usage($"'{id}' is a former id of '{Path.GetFileNameWithoutExtension(owner)}' ('{owner}'), whose old address is kept; choose another id (nothing was written)");
            return CliApp.ContentErrors;
        }
        // An id that reads like one already there would fail check too (BG1005), reported at that other file.
        if (LookAlike(id, contentFolder) is { } lookAlike)
        {
            printer.Usage($"'{id}' is easily confused with '{Path.GetFileNameWithoutExtension(lookAlike)}' ('{CliApp.Shown(lookAlike)}'); choose a clearly different id (nothing was written)");
            return CliApp.ContentErrors;
        }

        var folder = Path.Combine(contentFolder, kind.Folder());
        var path = Path.Combine(folder, id + ".md");
        // Check reports either as unexpected (BG1003); creating the file would fail with .NET's "already exists", naming neither.
        // A link is never followed, as check refuses it (BG1002): the new file went wherever it led.
        var inTheWay = new FileInfo(folder).LinkTarget is not null ? $"'{CliApp.Shown(folder)}' is a symbolic link, which check refuses, where the folder of {kind.Folder()} belongs"
            : File.Exists(folder) ? $"'{CliApp.Shown(folder)}' is a file, where the folder of {kind.Folder()} belongs"
            : Directory.Exists(path) ? $"'{CliApp.Shown(path)}' is a folder, where the new file belongs"
            : null;
        if (inTheWay is not null)
        {
            printer.Usage($"{inTheWay}; move or rename it (nothing was written)");
            return CliApp.ContentErrors;
        }

        // One pass over the scaffold: a value put in is never searched for placeholders, so a title holding "{{ date }}" keeps it.
        var values = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["id"] = id,
            // Double-quoted, so a title with ':' or '#' stays a title.
            ["title"] = YamlText.DoubleQuoted(title ?? Humanized(id)),
            ["date"] = today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        };
        var (scaffold, own, undecodable) = Scaffold(kind, templatesFolder);
        if (undecodable is not null)
        {
            printer.Usage($"{undecodable} (nothing was written)");
            return CliApp.UsageError;
        }
        // Counted before it is made: a scaffold of many placeholders and a long title would fill memory before check refused it.
        var length = scaffold.Length + Placeholder().Matches(scaffold).Sum(m => (long)values[m.Groups[1].Value].Length - m.Length);
        if (length > ContentLayout.MaxFileBytes)
        {
            printer.Usage($"{(own is null ? "" : CliApp.Shown(own) + ": ")}the new file would be larger than {ContentLayout.MaxFileBytes / 1024} KiB, the most a content file may hold; shorten the {(own is null ? "title" : "scaffold or the title")} (nothing was written)");
            return CliApp.UsageError;
        }
        var text = Placeholder().Replace(scaffold, m => values[m.Groups[1].Value]);
        if (ProblemOf(kind, id, text) is { } refused)
        {
            // A placeholder never spans lines, so the new file's line is the scaffold's: the theme's own is the file to fix.
            var where = own is null ? "" : $"{CliApp.Shown(own)}:{refused.Location.Line}: ";
            printer.Usage($"{where}the new file would not pass check: {refused.Message} ({refused.Code}); nothing was written");
            return CliApp.UsageError;
        }
        Scaffolds.Create(path, text);
        stdout.WriteLine(CliApp.Shown(path));
        return CliApp.Success;
    }

    /// <summary>
    /// The first error `check` would report in the file itself (what a title or a scaffold can
    /// break: an empty title, a stray BOM, front matter over 64 KiB, an unknown key), or null. The
    /// file is checked alone, so the ids a custom scaffold names are not looked up.
    /// </summary>
    private static Diagnostic? ProblemOf(DocumentKind kind, string id, string text)
    {
        var path = $"{kind.Folder()}/{id}.md";
        var files = new Dictionary<string, string>(StringComparer.Ordinal) { [ContentLayout.SiteConfigPath] = "title: T\n", [path] = text };
        return Scaffolds.FirstError(files, d => d.Location.File == "content/" + path && (d.Code.StartsWith("BG1", StringComparison.Ordinal) || d.Code.StartsWith("BG2", StringComparison.Ordinal)));
    }

    /// <summary>The path of a content file that lists this id in its former_ids, as check shows it, or null.</summary>
    /// <remarks>Read by the loader, as check reads content: no link followed, no FIFO waited on, nothing too large.</remarks>
    private static string? FormerIdOwner(string id, string contentFolder) =>
        ContentLoader.Load(new DiskContentSource(contentFolder), new DiagnosticBag()).Documents
            .Where(d => d.File.Text.Contains("former_ids", StringComparison.Ordinal))
            .FirstOrDefault(d => DocumentReader.Read(d, new DiagnosticBag()).Document?.FormerIds.Any(f => f.Id == id) == true)
            ?.File.Path;

    private static IEnumerable<string> ContentFiles(string contentFolder) => DocumentKinds.All
        .Select(kind => Path.Combine(contentFolder, kind.Folder()))
        .Where(Directory.Exists)
        .SelectMany(folder => Directory.EnumerateFiles(folder, "*.md").Order(StringComparer.Ordinal));

    /// <summary>The path of a content file whose id reads like this one, or null.</summary>
    private static string? LookAlike(string id, string contentFolder)
    {
        return ContentFiles(contentFolder)
            .FirstOrDefault(path => Path.GetFileNameWithoutExtension(path) is var other && Slug.IsValid(other) && ContentLayout.LookAlike(id, other));
    }

    /// <returns>
    /// The scaffold's text, the path of the theme's own scaffold (null for the built-in one), and why
    /// that one cannot be read as text (null when it can).
    /// </returns>
    private static (string Text, string? Own, string? Undecodable) Scaffold(DocumentKind kind, string? templatesFolder)
    {
        var name = $"scaffolds/{kind.Noun()}.md";
        var own = templatesFolder is null ? null : new FileInfo(Path.Combine(templatesFolder, name));
        if (own is not null && (own.Exists || own.LinkTarget is not null))
        {
            // As the theme's other files: a link is not followed, and a FIFO would wait for a writer forever.
            if (FileKinds.Of(own) != FileKind.Regular)
                throw new IOException($"'{Path.Combine(templatesFolder!, name)}' is not a plain file (a link, FIFO, socket or device); a scaffold must be one");
            // Read as the theme's templates are: a scaffold saved in Latin-1 put U+FFFD into the new file, silently.
            var shown = Path.Combine(templatesFolder!, name);
            return TextFile.Decode(shown, File.ReadAllBytes(own.FullName), out var undecodable) is { } text
                ? (text, shown, null)
                : ("", shown, $"{undecodable.At}: {undecodable.Message}");
        }
        return (Scaffolds.BuiltIn(name), null, null);
    }

    /// <summary>"peru-mexico-2025" → "Peru mexico 2025": a start the contributor will replace.</summary>
    private static string Humanized(string id) => char.ToUpperInvariant(id[0]) + id[1..].Replace('-', ' ');

}
