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
        var full = Path.GetFullPath(contentFolder);
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

    /// <summary>The folder as a shell reads it when pasted: in single quotes unless it is plain.</summary>
    private static string ShellWord(string text) =>
        text.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '-' or '/') ? text : "'" + text.Replace("'", "'\\''", StringComparison.Ordinal) + "'";
}
