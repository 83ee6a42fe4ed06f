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
        // On the pinned heap, which is never compacted: serve keeps a whole site of these for as long
        // as it runs, and copying them about made a full collection pause edits for a second at 10,000 briefs.
        var copy = GC.AllocateUninitializedArray<byte>(bytes.Length, pinned: true);
        bytes.CopyTo(copy);
        if (!_files.TryAdd(path, copy)) throw new InvalidOperationException($"two outputs claim '{path}'");
    }

    public string Text(string path) => Encoding.UTF8.GetString(_files[path]);
}
