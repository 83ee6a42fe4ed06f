using BriefingGen.FrontMatter;
using BriefingGen.Loading;

namespace BriefingGen.Cli;

/// <summary>
/// `briefinggen init`: a new site, the content folder with its site.yml from the built-in scaffold
/// (the title filled in, the optional keys as comments), so that `check`, `new` and `serve` work at
/// once. An existing site.yml is never touched.
/// </summary>
public static class InitCommand
{
    public static int Run(string contentFolder, string? title, TextWriter stdout, DiagnosticPrinter printer)
    {
        if (string.IsNullOrWhiteSpace(contentFolder))
        {
            printer.Usage("--content needs the name of the folder to create the site in, such as 'content'");
            return CliApp.UsageError;
        }
        // A site.yml at '/' (written when run as root) is no site anyone meant; build refuses the root as its output too.
        // Without its trailing '/': "content/events/" is the folder events, in content.
        var full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(contentFolder));
        if (Path.GetPathRoot(full) == full)
        {
            printer.Usage($"'{contentFolder}' is the root of the file system; name a folder of its own for the site, such as --content content (nothing was written)");
            return CliApp.UsageError;
        }
        if (Scaffolds.TitleProblem(title) is { } titleProblem)
        {
            printer.Usage(titleProblem);
            return CliApp.UsageError;
        }
        var path = Path.Combine(contentFolder, ContentLayout.SiteConfigPath);
        var inTheWay = File.Exists(contentFolder) ? $"'{CliApp.Shown(contentFolder)}' is a file, where the content folder belongs; move or rename it"
            : File.Exists(path) || Directory.Exists(path) ? $"'{CliApp.Shown(path)}' already exists, so this is a site already; edit it, or name another folder with --content DIR"
            : Path.GetDirectoryName(full) is { } parent && File.Exists(Path.Combine(parent, ContentLayout.SiteConfigPath)) && ContentLayout.IsKindFolder(Path.GetFileName(full))
                ? $"'{CliApp.Shown(contentFolder)}' is the {Path.GetFileName(full)} folder of the site in '{CliApp.Shown(parent)}', where a site.yml would be an unexpected file; name a folder of its own for a new site"
            : NotContent(full) is { Count: > 0 } others
                ? $"'{CliApp.Shown(contentFolder)}' already holds {string.Join(", ", others.Take(3).Select(o => $"'{o}'"))}{(others.Count > 3 ? " and more" : "")}, which a content folder cannot (a repository's root?); name a folder of its own for the site, such as --content content"
            : null;
        if (inTheWay is not null)
        {
            printer.Usage($"{inTheWay} (nothing was written)");
            return CliApp.ContentErrors;
        }

        // Double-quoted, so a title with ':' or '#' stays a title.
        var text = Scaffolds.BuiltIn("scaffolds/site.yml").Replace("{{ title }}", YamlText.DoubleQuoted(title ?? "Briefings"), StringComparison.Ordinal);
        var files = new Dictionary<string, string>(StringComparer.Ordinal) { [ContentLayout.SiteConfigPath] = text };
        if (Scaffolds.FirstError(files, _ => true) is { } refused)
        {
            printer.Usage($"site.yml would not pass check: {refused.Message} ({refused.Code}); nothing was written");
            return CliApp.UsageError;
        }
        Scaffolds.Create(path, text);
        stdout.WriteLine(CliApp.Shown(path));
        var where = contentFolder == "content" ? "" : " --content " + ShellWord(contentFolder);
        stdout.WriteLine($"Next: briefinggen new brief ID{where}, then briefinggen serve{where} to preview it.");
        return CliApp.Success;
    }

    /// <summary>What a folder holds that is not content (a README, a src/ folder), which every check of the site would report; none for a folder not yet made.</summary>
    private static List<string> NotContent(string folder) => !Directory.Exists(folder) ? [] :
        [.. new DirectoryInfo(folder).EnumerateFileSystemInfos().Where(e => !ContentLayout.IsIgnored(e.Name) && !(e is DirectoryInfo && ContentLayout.IsKindFolder(e.Name)))
            .Select(e => e is DirectoryInfo ? e.Name + "/" : e.Name).Order(StringComparer.Ordinal)];

    /// <summary>The folder as a shell reads it when pasted: in single quotes unless it is plain.</summary>
    private static string ShellWord(string text) =>
        text.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '-' or '/') ? text : "'" + text.Replace("'", "'\\''", StringComparison.Ordinal) + "'";
}
