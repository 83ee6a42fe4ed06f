using BriefingGen.Diagnostics;
using BriefingGen.Loading;
using BriefingGen.Rendering.Templates;

namespace BriefingGen.Cli;

/// <summary>
/// `briefinggen theme [FILE ...] [--templates DIR]`: the built-in theme's files, listed, or copied
/// into a theme folder to start a change from. The theme is built into the CLI, so an installed CLI
/// has no templates/ folder to copy from, and docs/theming.md starts every change from a copy.
/// A file already in the theme folder is never replaced.
/// </summary>
public static class ThemeCommand
{
    public const string DefaultFolder = "theme";

    public static int Run(IReadOnlyList<string> names, string? themeFolder, TextWriter stdout, DiagnosticPrinter printer)
    {
        // init reads the site.yml scaffold from the built-in theme alone, so a theme's copy would change nothing.
        var builtIn = TemplateSet.BuiltInFiles().Where(f => f.Key != "scaffolds/site.yml").ToDictionary(StringComparer.Ordinal);
        var folder = themeFolder ?? DefaultFolder;
        if (names.Count == 0)
        {
            foreach (var name in builtIn.Keys.Order(StringComparer.Ordinal)) stdout.WriteLine(name);
            stdout.WriteLine($"Copy one to change it: briefinggen theme brief.html --templates {folder}, then build with --templates {folder}.");
            return CliApp.Success;
        }

        // The names as written after a path to the repository's or an old copy's templates/ folder.
        var wanted = names.Select(n => n.Replace('\\', '/')).Select(n => n.StartsWith("templates/", StringComparison.Ordinal) ? n["templates/".Length..] : n)
            .Distinct(StringComparer.Ordinal).ToList();
        if (wanted.FirstOrDefault(n => !builtIn.ContainsKey(n)) is { } unknown)
        {
            printer.Usage($"'{unknown}' is not a file of the built-in theme{Suggestions.Hint(unknown, builtIn.Keys)} (briefinggen theme lists them; nothing was written)");
            return CliApp.UsageError;
        }
        var problem = File.Exists(folder) ? $"'{CliApp.Shown(folder)}' is a file, where the theme folder belongs"
            : ContentFolderAround(folder) is { } content
                ? $"'{CliApp.Shown(content)}' is a content folder, and the theme would be content; a theme goes in a folder of its own, such as --templates {DefaultFolder}"
            : wanted.Select(n => Path.Combine(folder, n)).FirstOrDefault(p => File.Exists(p) || Directory.Exists(p)) is { } taken
                ? $"'{CliApp.Shown(taken)}' already exists, and a theme's own file is never replaced; edit it, or move it away to start again from the built-in one"
            // Found before anything is written: a file where a folder of the theme goes ('assets').
            : wanted.SelectMany(n => FoldersOf(folder, n)).FirstOrDefault(File.Exists) is { } blocking
                ? $"'{CliApp.Shown(blocking)}' is a file, where a folder of the theme belongs"
            : null;
        if (problem is not null)
        {
            printer.Usage($"{problem} (nothing was written)");
            return CliApp.ContentErrors;
        }

        foreach (var name in wanted)
        {
            var path = Path.Combine(folder, name);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            using (var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write)) file.Write(builtIn[name]);
            stdout.WriteLine(CliApp.Shown(path));
        }
        stdout.WriteLine($"Next: edit {(wanted.Count == 1 ? "it" : "them")}, then briefinggen serve --templates {folder} to see the change (build and check take --templates {folder} too).");
        return CliApp.Success;
    }

    /// <summary>The content folder (one holding site.yml) that is this folder or holds it, or null.</summary>
    private static string? ContentFolderAround(string folder)
    {
        for (var at = new DirectoryInfo(Path.GetFullPath(folder)); at is not null; at = at.Parent)
            if (File.Exists(Path.Combine(at.FullName, ContentLayout.SiteConfigPath))) return at.FullName;
        return null;
    }

    /// <summary>The folders between the theme folder and a file of it: "assets" for "assets/style.css".</summary>
    private static IEnumerable<string> FoldersOf(string folder, string name)
    {
        var parts = name.Split('/');
        for (var i = 1; i < parts.Length; i++) yield return Path.Combine([folder, .. parts[..i]]);
    }
}
