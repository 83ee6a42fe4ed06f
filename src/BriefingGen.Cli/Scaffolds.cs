using System.Text;
using BriefingGen.Diagnostics;
using BriefingGen.Loading;
using BriefingGen.Rendering.Templates;

namespace BriefingGen.Cli;

/// <summary>What `init` and `new` share: the built-in scaffolds, the title they take, the check a new file must pass, and how it is written.</summary>
internal static class Scaffolds
{
    /// <summary>A scaffold of the built-in theme ("scaffolds/brief.md"), with line feeds whatever the checkout made of it.</summary>
    public static string BuiltIn(string name)
    {
        using var stream = typeof(TemplateSet).Assembly.GetManifestResourceStream("templates/" + name)!;
        return TextFile.WithLineFeeds(new StreamReader(stream, Encoding.UTF8).ReadToEnd());
    }

    /// <summary>Why --title cannot be written into a scaffold, or null.</summary>
    public static string? TitleProblem(string? title) =>
        title is not null && title.Any(char.IsControl) ? "--title cannot contain control characters such as line breaks" : null;

    /// <summary>The first error `check` reports for these content files (paths relative to the content folder) that is about one of them.</summary>
    public static Diagnostic? FirstError(IReadOnlyDictionary<string, string> files, Func<Diagnostic, bool> about) =>
        SiteBuilder.Check(new InMemoryContentSource(files), new BuildOptions()).Diagnostics
            .Where(d => d.Severity == Severity.Error && about(d))
            .OrderBy(d => d.Location.Line).ThenBy(d => d.Location.Column)
            .FirstOrDefault();

    /// <summary>Writes a new content file, UTF-8 without a BOM, in its folder (made if need be); never over one already there.</summary>
    public static void Create(string path, string text)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        using var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write);
        file.Write(new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(text));
    }
}
