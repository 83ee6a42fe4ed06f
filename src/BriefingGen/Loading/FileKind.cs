using System.Runtime.InteropServices;

namespace BriefingGen.Loading;

/// <summary>What an entry of a folder is, found without opening it (opening a FIFO blocks until someone writes to it).</summary>
public enum FileKind
{
    Regular,
    Directory,
    SymbolicLink,
    /// <summary>A FIFO, socket or device: nothing a site is made of, and unsafe to open.</summary>
    Special,
    /// <summary>
    /// A name whose bytes are not UTF-8: .NET shows them as U+FFFD and cannot name the entry again,
    /// so it can be neither read nor listed.
    /// </summary>
    UnreadableName,
}

/// <summary>
/// Tells the kind of a folder entry. .NET has no API for the Unix file type, so on Linux it asks
/// the kernel with statx, whose result has the same layout on every architecture; elsewhere (and
/// where statx is not available) only links and folders can be told apart.
/// </summary>
public static class FileKinds
{
    /// <summary>What a contributor is told about an entry of kind <see cref="FileKind.UnreadableName"/>.</summary>
    public static string UnreadableNameProblem(string shown) =>
        $"the name of '{shown}' is not valid UTF-8, so it cannot be read; rename it (ids are lowercase ASCII letters, digits and single hyphens)";

    public static FileKind Of(FileSystemInfo info)
    {
        // On Linux one statx tells every kind, links included: asking .NET as well cost a readlink and
        // two more stats per file, a tenth of loading a large site. It fails for a name .NET cannot give back.
        if (OperatingSystem.IsLinux() && UnixType(info.FullName) is { } type)
            return type switch { LinkType => FileKind.SymbolicLink, DirectoryType => FileKind.Directory, RegularType => FileKind.Regular, _ => FileKind.Special };
        // A name that really holds U+FFFD (valid UTF-8) still exists under the name .NET gives back.
        if (info.Name.Contains('\uFFFD') && !Path.Exists(info.FullName) && new FileInfo(info.FullName).LinkTarget is null) return FileKind.UnreadableName;
        if (info.LinkTarget is not null) return FileKind.SymbolicLink;
        return info is DirectoryInfo ? FileKind.Directory : FileKind.Regular;
    }

    private const int AtCurrentFolder = -100;
    private const int DoNotFollowLinks = 0x100;
    private const uint WantType = 0x1;
    private const int ModeOffset = 28;
    private const int TypeMask = 0xF000;
    private const int RegularType = 0x8000;
    private const int DirectoryType = 0x4000;
    private const int LinkType = 0xA000;

    [DllImport("libc", EntryPoint = "statx", SetLastError = true)]
    private static extern int Statx(int folder, [MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags, uint mask, [Out] byte[] result);

    /// <summary>The S_IFMT bits of the entry (not following a link), or null when they cannot be read.</summary>
    private static int? UnixType(string path)
    {
        try
        {
            var result = new byte[256];
            if (Statx(AtCurrentFolder, path, DoNotFollowLinks, WantType, result) != 0) return null;
            return BitConverter.ToUInt16(result, ModeOffset) & TypeMask;
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            return null;
        }
    }
}
