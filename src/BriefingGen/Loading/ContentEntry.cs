namespace BriefingGen.Loading;

public enum ContentEntryType
{
    File,
    Directory,
    SymbolicLink,
    /// <summary>A FIFO, socket or device; never opened.</summary>
    Special,
    /// <summary>A name that is not UTF-8 (<see cref="FileKind.UnreadableName"/>); never opened or listed.</summary>
    UnreadableName,
    /// <summary>A file or a kind's folder its permissions keep from the user who builds; not read.</summary>
    Unreadable,
    Other,
}

/// <summary>
/// One entry found under the content folder, before any checks. Bytes are set for files only, and
/// never change once handed out: the loader keeps what it found in each entry.
/// </summary>
public sealed record ContentEntry(string Path, ContentEntryType Type, byte[]? Bytes);
