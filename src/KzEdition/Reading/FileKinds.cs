using System.Buffers.Binary;
using System.Runtime.InteropServices;

namespace KzEdition.Reading;

/// <summary>
/// The kind and size of a file without opening it (opening a FIFO waits for a writer forever), and
/// without following a symbolic link. On Linux by <c>statx(2)</c>, whose result has the same layout
/// on every architecture; elsewhere by .NET's FileInfo, which sees links but cannot tell a FIFO or a
/// device from an empty file (those are then caught by the bounded read, not before it).
/// </summary>
internal static class FileKinds
{
    private const int AtFdCwd = -100;
    private const int AtSymlinkNoFollow = 0x100;
    private const uint StatxType = 0x1;
    private const uint StatxSize = 0x200;

    // struct statx: stx_mode (u16) at byte 28, stx_size (u64) at byte 40; 256 bytes in all.
    private const int ModeOffset = 28;
    private const int SizeOffset = 40;
    private const int StatxLength = 256;

    private const int TypeMask = 0xF000;
    private const int TypeRegular = 0x8000;
    private const int TypeDirectory = 0x4000;
    private const int TypeLink = 0xA000;

    private static bool _statxMissing;

    /// <summary>The kind of <paramref name="path"/> and its length in bytes (0 unless regular).</summary>
    public static (FileKind Kind, long Length) Of(string path)
    {
        if (OperatingSystem.IsLinux() && !_statxMissing)
        {
            try
            {
                return OfStatx(path);
            }
            catch (EntryPointNotFoundException)
            {
                _statxMissing = true; // a C library older than glibc 2.28: FileInfo below
            }
        }

        var info = new FileInfo(path);
        if (info.LinkTarget is not null)
        {
            return (FileKind.SymbolicLink, 0);
        }

        return info.Exists ? (FileKind.Regular, info.Length) : Directory.Exists(path) ? (FileKind.Directory, 0) : (FileKind.Missing, 0);
    }

    private static (FileKind Kind, long Length) OfStatx(string path)
    {
        var buffer = new byte[StatxLength];
        // The path as the C library takes it: UTF-8, ended by NUL.
        var name = System.Text.Encoding.UTF8.GetBytes(path + "\0");
        if (Statx(AtFdCwd, name, AtSymlinkNoFollow, StatxType | StatxSize, buffer) != 0)
        {
            return (FileKind.Missing, 0);
        }

        var mode = BinaryPrimitives.ReadUInt16LittleEndian(buffer.AsSpan(ModeOffset)) & TypeMask;
        var length = (long)BinaryPrimitives.ReadUInt64LittleEndian(buffer.AsSpan(SizeOffset));
        return mode switch
        {
            TypeRegular => (FileKind.Regular, length),
            TypeDirectory => (FileKind.Directory, 0),
            TypeLink => (FileKind.SymbolicLink, 0),
            _ => (FileKind.Special, 0),
        };
    }

    // DllImport, not LibraryImport: the generated stub needs unsafe code in the whole project.
    [DllImport("libc", EntryPoint = "statx", ExactSpelling = true)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int Statx(int directory, byte[] path, int flags, uint mask, [Out] byte[] buffer);
}
