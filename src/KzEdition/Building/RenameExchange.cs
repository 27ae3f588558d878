using System.Runtime.InteropServices;

namespace KzEdition.Building;

/// <summary>
/// Linux's atomic exchange of two paths (<c>renameat2(…, RENAME_EXCHANGE)</c>, glibc 2.28 and
/// later): after it, each name points at what the other did, with no moment at which either is
/// missing. The output swap uses it so that a build killed at any instant leaves an output folder.
/// </summary>
internal static partial class RenameExchange
{
    private const int CurrentDirectory = -100; // AT_FDCWD
    private const uint Exchange = 2; // RENAME_EXCHANGE

    /// <summary>Exchanges the two folders; false where the system cannot (not Linux, an old kernel or libc, a file system without it).</summary>
    public static bool TryExchange(string first, string second)
    {
        if (!OperatingSystem.IsLinux())
        {
            return false;
        }

        try
        {
            return renameat2(CurrentDirectory, first, CurrentDirectory, second, Exchange) == 0;
        }
        catch (EntryPointNotFoundException)
        {
            return false;
        }
        catch (DllNotFoundException)
        {
            return false;
        }
    }

    [LibraryImport("libc", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
    private static partial int renameat2(int oldDirectory, string oldPath, int newDirectory, string newPath, uint flags);
}
