using BriefingGen.Diagnostics;
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

    private TemplateSet(Dictionary<string, Template> templates, Dictionary<string, byte[]> assets, IReadOnlyList<Diagnostic> problems)
    {
        _templates = templates;
        Assets = assets;
        Problems = problems;
    }

    public Template this[string name] => _templates[name];

    public bool Has(string name) => _templates.ContainsKey(name);

    /// <summary>The built-in theme, with any file in overrideFolder taking the place of the built-in file of the same name.</summary>
    public static TemplateSet Load(string? overrideFolder = null)
    {
        var files = BuiltIn();
        if (overrideFolder is not null)
        {
            foreach (var path in Directory.EnumerateFiles(overrideFolder, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            {
                if (new FileInfo(path).LinkTarget is not null) continue;
                var name = Path.GetRelativePath(overrideFolder, path).Replace('\\', '/');
                files[name] = (Path.Combine(overrideFolder, name).Replace('\\', '/'), File.ReadAllBytes(path));
            }
        }
        return Parse(files);
    }

    /// <summary>The built-in theme with some files replaced by the given texts (keyed by name, e.g. "brief.html").</summary>
    public static TemplateSet Load(IReadOnlyDictionary<string, string> overrides)
    {
        var files = BuiltIn();
        foreach (var (name, text) in overrides) files[name] = ("templates/" + name, System.Text.Encoding.UTF8.GetBytes(text));
        return Parse(files);
    }

    private static TemplateSet Parse(Dictionary<string, (string ShownPath, byte[] Bytes)> files)
    {
        var diagnostics = new DiagnosticBag();
        var templates = new Dictionary<string, Template>(StringComparer.Ordinal);
        var assets = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var (name, (shownPath, bytes)) in files.OrderBy(f => f.Key, StringComparer.Ordinal))
        {
            if (name.StartsWith("assets/", StringComparison.Ordinal))
            {
                assets[name] = bytes;
                continue;
            }
            if (!name.EndsWith(".html", StringComparison.Ordinal)) continue;
            var template = Template.Parse(System.Text.Encoding.UTF8.GetString(bytes), shownPath);
            if (template.HasErrors)
            {
                foreach (var message in template.Messages)
                    diagnostics.Report(DiagnosticCodes.TemplateError,
                        new SourceLocation(shownPath, message.Span.Start.Line + 1, message.Span.Start.Column + 1), message.Message);
                continue;
            }
            templates[name[..^".html".Length]] = template;
        }
        return new TemplateSet(templates, assets, diagnostics.Sorted());
    }

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
