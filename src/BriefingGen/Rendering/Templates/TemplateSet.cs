using BriefingGen.Diagnostics;
using BriefingGen.Loading;
using Scriban;

namespace BriefingGen.Rendering.Templates;

/// <summary>
/// The theme: Scriban templates and static assets, built into the library and overridable file by
/// file from a folder. Parsed once; parse errors are reported with the template's line and column.
/// Templates come only from the theme, never from content, so content is never run as a template.
/// </summary>
public sealed class TemplateSet
{
    private const string ResourcePrefix = "templates/";
    private readonly Dictionary<string, Template> _templates;

    /// <summary>Files copied to the site as they are (stylesheet, icons), by output path.</summary>
    public IReadOnlyDictionary<string, byte[]> Assets { get; }

    /// <summary>Template syntax errors, reported with the build's own diagnostics.</summary>
    public IReadOnlyList<Diagnostic> Problems { get; }

    /// <summary>A hash of every file of the theme, names and bytes: part of a build's inputs.</summary>
    public byte[] Digest { get; }

    private TemplateSet(Dictionary<string, Template> templates, Dictionary<string, byte[]> assets, IReadOnlyList<Diagnostic> problems, byte[] digest)
    {
        _templates = templates;
        Assets = assets;
        Problems = problems;
        Digest = digest;
        // The built-in functions go where the built-in _macros would, just before the theme's own.
        Partials = templates.Keys.Where(n => n.StartsWith('_')).OrderBy(n => n == BuiltInMacros[..^".html".Length] ? "_macros" : n, StringComparer.Ordinal)
            .ThenBy(n => n == BuiltInMacros[..^".html".Length] ? 0 : 1).ToList();
    }

    public Template this[string name] => _templates[name];

    /// <summary>
    /// Templates named with a leading '_' (_macros, _discovery): functions every page can call, in
    /// effect defined before each page renders (a leading run that only defines functions runs once
    /// per rendering thread; see <see cref="TemplateRenderer"/>).
    /// </summary>
    public IReadOnlyList<string> Partials { get; }

    /// <summary>The built-in theme, with any file in overrideFolder taking the place of the built-in file of the same name.</summary>
    public static TemplateSet Load(string? overrideFolder = null)
    {
        var files = BuiltIn();
        var builtInMacros = files["_macros.html"];
        var refused = new DiagnosticBag();
        if (overrideFolder is not null) ReadOverrides(new DirectoryInfo(overrideFolder), overrideFolder.Replace('\\', '/').TrimEnd('/'), "", files, refused);
        return Parse(KeepBuiltInMacros(files, builtInMacros), refused);
    }

    /// <summary>Where the built-in functions go when a theme has a _macros.html of its own: a name no theme's file can have.</summary>
    private const string BuiltInMacros = "_macros\0built-in.html";

    /// <summary>
    /// A theme's _macros.html adds to the built-in functions and replaces those it defines again:
    /// the built-in ones are defined first, so a theme written before one was added (pager) still
    /// renders the built-in pages that call it.
    /// </summary>
    /// <param name="builtIn">The built-in _macros.html, taken before the theme's files replaced any.</param>
    private static Dictionary<string, (string ShownPath, byte[] Bytes)> KeepBuiltInMacros(Dictionary<string, (string ShownPath, byte[] Bytes)> files,
        (string ShownPath, byte[] Bytes) builtIn)
    {
        if (files.TryGetValue("_macros.html", out var macros) && !macros.Bytes.AsSpan().SequenceEqual(builtIn.Bytes)) files[BuiltInMacros] = builtIn;
        return files;
    }

    private static readonly Lazy<IReadOnlyList<string>> BuiltInTemplates = new(() =>
        [.. BuiltIn().Keys.Where(IsTemplate).Order(StringComparer.Ordinal)]);

    private static bool IsTemplate(string name) => name.EndsWith(".html", StringComparison.Ordinal) && !name.StartsWith("assets/", StringComparison.Ordinal);

    /// <summary>
    /// Why a theme file would never be used: a template the theme does not have ("breif.html", or
    /// "Brief.html", which only a case-insensitive disk would take for brief.html); null for one it
    /// has, a partial ('_' first) or a file that is no template.
    /// </summary>
    private static string? Unused(string name) =>
        !IsTemplate(name) || name.StartsWith('_') || BuiltInTemplates.Value.Contains(name) ? null
            : $"'{name}' is not one of the theme's templates, so it would never be used; the templates are {string.Join(", ", BuiltInTemplates.Value.Where(n => !n.StartsWith('_')))}; a partial's name starts with '_'";

    /// <summary>
    /// The same rule as content: links are not followed (a linked folder could publish /etc into
    /// the site's assets) and FIFOs, sockets and devices are not opened; each is an error.
    /// </summary>
    private static void ReadOverrides(DirectoryInfo folder, string shownRoot, string prefix, Dictionary<string, (string, byte[])> files, DiagnosticBag refused)
    {
        // Hidden files and editor backups (.DS_Store, .git/, x.html~, vim's swap, emacs's lock link) are not the theme's, as in content.
        foreach (var info in folder.EnumerateFileSystemInfos().Where(i => !ContentLayout.IsIgnored(i.Name)).OrderBy(i => i.Name, StringComparer.Ordinal))
        {
            var name = prefix + info.Name;
            var shown = $"{shownRoot}/{name}";
            switch (FileKinds.Of(info))
            {
                case FileKind.SymbolicLink:
                    refused.Report(DiagnosticCodes.TemplateError, SourceLocation.StartOf(shown), $"'{shown}' is a symbolic link; templates must be plain files inside the templates folder");
                    break;
                case FileKind.UnreadableName:
                    refused.Report(DiagnosticCodes.TemplateError, SourceLocation.StartOf(shown), FileKinds.UnreadableNameProblem(shown));
                    break;
                case FileKind.Special:
                    refused.Report(DiagnosticCodes.TemplateError, SourceLocation.StartOf(shown), $"'{shown}' is not a regular file (a FIFO, socket or device) and was not opened; templates must be plain files");
                    break;
                case FileKind.Directory:
                    ReadOverrides((DirectoryInfo)info, shownRoot, name + "/", files, refused);
                    break;
                default:
                    files[name] = (shown, File.ReadAllBytes(info.FullName));
                    break;
            }
        }
    }

    /// <summary>The built-in theme with some files replaced by the given texts (keyed by name, e.g. "brief.html").</summary>
    public static TemplateSet Load(IReadOnlyDictionary<string, string> overrides)
    {
        var files = BuiltIn();
        var builtInMacros = files["_macros.html"];
        foreach (var (name, text) in overrides) files[name] = ("templates/" + name, System.Text.Encoding.UTF8.GetBytes(text));
        return Parse(KeepBuiltInMacros(files, builtInMacros), new DiagnosticBag());
    }

    private static TemplateSet Parse(Dictionary<string, (string ShownPath, byte[] Bytes)> files, DiagnosticBag diagnostics)
    {
        var templates = new Dictionary<string, Template>(StringComparer.Ordinal);
        var assets = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        using var digest = System.Security.Cryptography.IncrementalHash.CreateHash(System.Security.Cryptography.HashAlgorithmName.SHA256);
        foreach (var (name, (shownPath, bytes)) in files.OrderBy(f => f.Key, StringComparer.Ordinal))
        {
            digest.AppendData(System.Text.Encoding.UTF8.GetBytes($"{name}\0{shownPath}\0{bytes.Length}\0"));
            digest.AppendData(bytes);
            if (name.StartsWith("assets/", StringComparison.Ordinal))
            {
                // A name with ':' or '\\' is a file on Linux but no file of a site (a drive or a folder elsewhere).
                if (Output.OutputPath.IsSafe(name)) assets[name] = bytes;
                else diagnostics.Report(DiagnosticCodes.TemplateError, SourceLocation.StartOf(shownPath),
                    $"'{name}' cannot be part of a site: its name holds ':' or '\\', which name a drive or a folder on other systems; rename it");
                continue;
            }
            if (!name.EndsWith(".html", StringComparison.Ordinal)) continue;
            if (Unused(name) is { } unused)
            {
                diagnostics.Report(DiagnosticCodes.TemplateError, SourceLocation.StartOf(shownPath), unused);
                continue;
            }
            // Read as content is (strict UTF-8, no BOM, LF), so a theme saved otherwise never reaches the pages.
            if (TextFile.Decode(shownPath, bytes, out var undecodable) is not { } text)
            {
                diagnostics.Report(DiagnosticCodes.TemplateError, undecodable.At, undecodable.Message);
                continue;
            }
            var template = Template.Parse(text, shownPath);
            if (template.HasErrors)
            {
                foreach (var message in template.Messages)
                {
                    // Scriban finds a missing 'end' at the end of the file: named at the block it belongs to, the author can act.
                    if (message.Message.Contains("The <end> statement was not found", StringComparison.Ordinal) && UnclosedBlock.Find(text, shownPath) is var (keyword, line, column))
                        diagnostics.Report(DiagnosticCodes.TemplateError, new SourceLocation(shownPath, line, column),
                            $"this '{keyword}' is never closed: add {{{{ end }}}} where its block ends (every {UnclosedBlock.NeedEnd} needs one; the file ended first)");
                    else
                        diagnostics.Report(DiagnosticCodes.TemplateError, message.Span.Start.Line >= 0
                            ? new SourceLocation(shownPath, message.Span.Start.Line + 1, message.Span.Start.Column + 1)
                            // Scriban gives the end of the file no position: it is just after the last character.
                            : EndOf(shownPath, text.TrimEnd('\n')), message.Message);
                }
                continue;
            }
            // The layout wraps every page: one that never writes the page's own output makes every page empty.
            if (name == TemplateRenderer.LayoutTemplate + ".html" && !PrintsContent.In(template.Page!))
                diagnostics.Report(DiagnosticCodes.TemplateError, SourceLocation.StartOf(shownPath),
                    "the layout never writes {{ content }}, the page's own template, so every page would be empty; write it where the page belongs");
            templates[name[..^".html".Length]] = template;
        }
        return new TemplateSet(templates, assets, diagnostics.Sorted(), digest.GetHashAndReset());
    }

    private static SourceLocation EndOf(string path, string text) => new(path, text.Count('\n') + 1, text.Length - text.LastIndexOf('\n'));

    /// <summary>The built-in theme's files by name ("brief.html", "assets/style.css", "scaffolds/brief.md"), as a theme folder would hold them.</summary>
    public static IReadOnlyDictionary<string, byte[]> BuiltInFiles() => BuiltIn().ToDictionary(f => f.Key, f => f.Value.Bytes, StringComparer.Ordinal);

    private static Dictionary<string, (string ShownPath, byte[] Bytes)> BuiltIn()
    {
        var assembly = typeof(TemplateSet).Assembly;
        var files = new Dictionary<string, (string, byte[])>(StringComparer.Ordinal);
        foreach (var resource in assembly.GetManifestResourceNames().Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal)))
        {
            using var stream = assembly.GetManifestResourceStream(resource)!;
            using var memory = new MemoryStream();
            stream.CopyTo(memory);
            files[resource[ResourcePrefix.Length..]] = (resource, memory.ToArray());
        }
        return files;
    }
}
