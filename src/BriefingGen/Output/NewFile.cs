using System.Runtime.InteropServices;

namespace BriefingGen.Output;

/// <summary>
/// Writes a file that must not exist yet. On Linux it is open, write and close and nothing else:
/// .NET's file API adds an advisory lock and its release (two flock calls), a seek and a file-system
/// query to every file, which cost a fifth of the system time of writing a site of 14,000 files.
/// The lock guards nothing here: the staging folder is the build's own, under its output lock.
/// </summary>
internal static class NewFile
{
    /// <summary>False once the C library could not be bound (a system without a "libc" .NET can find): .NET's own path then.</summary>
    private static volatile bool _native = OperatingSystem.IsLinux();

    public static void Write(string path, ReadOnlySpan<byte> bytes)
    {
        if (_native)
        {
            try
            {
                WriteNatively(path, bytes);
                return;
            }
            catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
            {
                _native = false;
            }
        }
        using var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, bufferSize: 1);
        stream.Write(bytes);
    }

    private static void WriteNatively(string path, ReadOnlySpan<byte> bytes)
    {
        int fd;
        do fd = Open(path, WriteOnly | Create | Exclusive | CloseOnExec, ReadWriteForAll);
        while (fd < 0 && Marshal.GetLastPInvokeError() == Interrupted);
        if (fd < 0) throw Failure(path);
        try
        {
            while (!bytes.IsEmpty)
            {
                var wrote = Write(fd, ref MemoryMarshal.GetReference(bytes), (nuint)bytes.Length);
                if (wrote < 0)
                {
                    if (Marshal.GetLastPInvokeError() == Interrupted) continue;
                    throw Failure(path);
                }
                bytes = bytes[(int)wrote..];
            }
        }
        finally
        {
            Close(fd);
        }
    }

    /// <summary>The exception .NET's own file API throws for the error, so callers handle it as they would that one's.</summary>
    private static Exception Failure(string path)
    {
        var error = Marshal.GetLastPInvokeError();
        var message = $"{Marshal.GetPInvokeErrorMessage(error)}: '{path}'";
        return error switch
        {
            NoEntry => new DirectoryNotFoundException(message),
            PermissionDenied or NotPermitted or ReadOnlyFileSystem => new UnauthorizedAccessException(message),
            _ => new IOException(message, error),
        };
    }

    // Linux's values, the same on every architecture .NET runs on.
    private const int WriteOnly = 0x1;
    private const int Create = 0x40;
    private const int Exclusive = 0x80;
    private const int CloseOnExec = 0x80000;
    private const int ReadWriteForAll = 0x1B6; // 0666, less the umask, as .NET creates files
    private const int NotPermitted = 1;
    private const int NoEntry = 2;
    private const int Interrupted = 4;
    private const int PermissionDenied = 13;
    private const int ReadOnlyFileSystem = 30;

    [DllImport("libc", EntryPoint = "open", SetLastError = true)]
    private static extern int Open([MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags, int mode);

    [DllImport("libc", EntryPoint = "write", SetLastError = true)]
    private static extern nint Write(int fd, ref byte bytes, nuint count);

    [DllImport("libc", EntryPoint = "close")]
    private static extern int Close(int fd);
}
