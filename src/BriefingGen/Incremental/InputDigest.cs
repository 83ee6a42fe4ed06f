using System.Runtime.InteropServices;
using System.Security.Cryptography;
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

    /// <summary>Every content file's path and text, in the order loaded.</summary>
    public static byte[] OfContent(LoadedContent content)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        Add(hash, content.SiteConfig?.Text ?? "\0none");
        foreach (var document in content.Documents)
        {
            Add(hash, document.File.Path);
            Add(hash, document.File.Text);
        }
        return hash.GetHashAndReset();
    }

    /// <summary>The whole of a build's inputs: the content's digest, the theme, the options that shape pages, and the tool.</summary>
    public static string Of(byte[] content, TemplateSet templates, BuildOptions options)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        Add(hash, Tool);
        Add(hash, options.IncludeDrafts.ToString());
        Add(hash, options.Strict.ToString());
        Add(hash, options.LintCitations.ToString());
        Add(hash, options.BaseUrl ?? "");
        Add(hash, options.Timestamp?.ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "");
        hash.AppendData(templates.Digest);
        hash.AppendData(content);
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    /// <summary>Length-prefixed, so no two different sequences of fields hash the same bytes.</summary>
    private static void Add(IncrementalHash hash, string text)
    {
        Span<byte> length = stackalloc byte[sizeof(int)];
        BitConverter.TryWriteBytes(length, text.Length);
        hash.AppendData(length);
        hash.AppendData(MemoryMarshal.AsBytes(text.AsSpan()));
    }
}
