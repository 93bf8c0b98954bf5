using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace MentorGroups.Cli.Output;

/// <summary>
/// Which file a path names, whatever way it is written: through symbolic links, '..', another spelling of a folder, or
/// a hard link. Two paths name the same file exactly when their identities are equal. An existing file is known by
/// its device and file number (inode); a file that does not exist yet by its folder's identity and its name.
/// </summary>
internal readonly partial record struct FileIdentity(long Device, long FileNumber, string? Name)
{
    /// <summary>The identity of the file or folder at <paramref name="path"/>.</summary>
    public static FileIdentity Of(string path)
    {
        var full = Path.GetFullPath(path);
        if (File.Exists(full) || Directory.Exists(full))
        {
            return Native(full) ?? new FileIdentity(0, 0, Resolve(full));
        }

        var parent = Path.GetDirectoryName(full);
        var folder = parent is null ? new FileIdentity(0, 0, full) : Of(parent);
        return new FileIdentity(folder.Device, folder.FileNumber, (folder.Name is null ? string.Empty : folder.Name + "/") + Path.GetFileName(full));
    }

    /// <summary>The path with every symbolic link on it followed: the fallback where the file number cannot be read.</summary>
    private static string Resolve(string full)
    {
        var target = new FileInfo(full).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? full;
        var parent = Path.GetDirectoryName(target);
        var folder = parent is null ? null : new DirectoryInfo(parent).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? parent;
        return folder is null ? target : Path.Combine(folder, Path.GetFileName(target));
    }

    private static FileIdentity? Native(string full)
    {
        try
        {
            if (OperatingSystem.IsLinux() || OperatingSystem.IsMacOS() || OperatingSystem.IsFreeBSD())
            {
                var buffer = default(StatBuffer);
                if (Unix.Stat(full, ref buffer) != 0)
                {
                    return null;
                }

                // struct stat starts with the device and the inode on 64-bit Linux; macOS has a 32-bit device, then
                // mode and link count, with the inode also at byte 8.
                var device = OperatingSystem.IsLinux() ? buffer[0] : (long)(uint)buffer[0];
                return new FileIdentity(device, buffer[1], null);
            }

            if (OperatingSystem.IsWindows())
            {
                using var handle = File.OpenHandle(full, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, FileOptions.None);
                return Windows.GetFileInformationByHandle(handle, out var info)
                    ? new FileIdentity(info.VolumeSerialNumber, ((long)info.FileIndexHigh << 32) | info.FileIndexLow, null)
                    : null;
            }
        }
        catch (Exception ex) when (ex is EntryPointNotFoundException or DllNotFoundException or IOException or UnauthorizedAccessException)
        {
            // A C library without a 'stat' symbol, or a file that cannot be opened: path comparison has to do.
        }

        return null;
    }

    /// <summary>Room for any platform's struct stat (at most 144 bytes on 64-bit Linux).</summary>
    [InlineArray(32)]
    private struct StatBuffer
    {
        private long _element;
    }

    private static partial class Unix
    {
        [LibraryImport("libc", EntryPoint = "stat", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
        [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
        internal static partial int Stat(string path, ref StatBuffer buffer);
    }

    [StructLayout(LayoutKind.Sequential, Pack = 4)]
    private struct ByHandleFileInformation
    {
        public uint FileAttributes;
        public long CreationTime;
        public long LastAccessTime;
        public long LastWriteTime;
        public uint VolumeSerialNumber;
        public uint FileSizeHigh;
        public uint FileSizeLow;
        public uint NumberOfLinks;
        public uint FileIndexHigh;
        public uint FileIndexLow;
    }

    private static partial class Windows
    {
        [LibraryImport("kernel32", SetLastError = true)]
        [DefaultDllImportSearchPaths(DllImportSearchPath.System32)]
        [return: MarshalAs(UnmanagedType.Bool)]
        internal static partial bool GetFileInformationByHandle(Microsoft.Win32.SafeHandles.SafeFileHandle handle, out ByHandleFileInformation information);
    }
}
