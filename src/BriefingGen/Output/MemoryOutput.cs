using System.Collections.Concurrent;
using System.Text;

namespace BriefingGen.Output;

/// <summary>Keeps a built site in memory; tests read pages from it.</summary>
public sealed class MemoryOutput : IOutputSink
{
    private readonly ConcurrentDictionary<string, byte[]> _files = new(StringComparer.Ordinal);

    public IReadOnlyDictionary<string, byte[]> Files => _files;

    public void Write(string path, ReadOnlySpan<byte> bytes)
    {
        OutputPath.EnsureSafe(path);
        if (!_files.TryAdd(path, bytes.ToArray())) throw new InvalidOperationException($"two outputs claim '{path}'");
    }

    public string Text(string path) => Encoding.UTF8.GetString(_files[path]);
}
