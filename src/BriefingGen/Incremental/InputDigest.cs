using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text;
using BriefingGen.Loading;
using BriefingGen.Rendering.Templates;

namespace BriefingGen.Incremental;

/// <summary>
/// Everything a build's output is made from, as one hash: every content file's path and text,
/// the templates and assets, the options that shape pages, and this build of BriefingGen itself.
/// Builds are deterministic (no clock, no randomness), so equal digests mean equal sites; a
/// rebuild with nothing changed can keep the published site as it is.
/// </summary>
public static class InputDigest
{
    /// <summary>This compiled library: a new version of BriefingGen may render the same content differently.</summary>
    private static readonly string Tool = typeof(InputDigest).Assembly.ManifestModule.ModuleVersionId.ToString("N");

    public static string Of(LoadedContent content, TemplateSet templates, BuildOptions options)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        void Add(string text)
        {
            // Length-prefixed, so no two different sequences of fields hash the same text.
            Span<byte> length = stackalloc byte[sizeof(int)];
            BitConverter.TryWriteBytes(length, text.Length);
            hash.AppendData(length);
            hash.AppendData(MemoryMarshal.AsBytes(text.AsSpan()));
        }
        Add(Tool);
        Add(options.IncludeDrafts.ToString());
        Add(options.Strict.ToString());
        Add(options.LintCitations.ToString());
        Add(options.BaseUrl ?? "");
        Add(options.Timestamp?.ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "");
        hash.AppendData(templates.Digest);
        Add(content.SiteConfig?.Text ?? "\0none");
        foreach (var document in content.Documents)
        {
            Add(document.File.Path);
            Add(document.File.Text);
        }
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }
}
