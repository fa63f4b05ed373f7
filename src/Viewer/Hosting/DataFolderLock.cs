using System.Diagnostics;
using System.Globalization;

namespace DroneInspect.Viewer.Hosting;

/// <summary>
/// One process per data folder. The embedded silo keeps grain state in a SQLite file of the data folder and expects to
/// be its only writer; a second process on the same folder used to fail later with Orleans' InconsistentStateException.
/// This holds an exclusive lock on <c>{data folder}/droneinspect.lock</c> for the process's lifetime (FileShare.None is an
/// exclusive flock(2) on Linux and a sharing lock on Windows: the operating system drops it when the process dies, so a
/// killed process never leaves a stale lock). Who holds it is written beside it in <c>droneinspect.lock.owner</c>, so
/// the second process can say which process to stop.
/// </summary>
public sealed class DataFolderLock : IDisposable
{
    public const string LockFileName = "droneinspect.lock";

    public const string OwnerFileName = "droneinspect.lock.owner";

    private readonly FileStream _lock;

    private DataFolderLock(string dataFolder, FileStream lockStream)
    {
        DataFolder = dataFolder;
        _lock = lockStream;
    }

    /// <summary>The folder this lock holds (full path).</summary>
    public string DataFolder { get; }

    /// <summary>Takes the lock or throws <see cref="HostStartException"/> naming the process that holds it.</summary>
    public static DataFolderLock Acquire(string dataFolder)
    {
        var folder = Path.GetFullPath(dataFolder);
        Directory.CreateDirectory(folder);
        var lockPath = Path.Combine(folder, LockFileName);
        FileStream stream;
        try
        {
            stream = new FileStream(lockPath, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
        }
        catch (IOException e)
        {
            throw new HostStartException(
                $"The data folder {folder} is in use by another DroneInspect process ({ReadOwner(folder)}). " +
                "Stop that process, or give this one another folder with --data.", e);
        }

        var held = new DataFolderLock(folder, stream);
        held.WriteOwner();
        return held;
    }

    /// <summary>What the owner note says, or a plain phrase when there is none.</summary>
    public static string ReadOwner(string dataFolder)
    {
        var ownerPath = Path.Combine(dataFolder, OwnerFileName);
        try
        {
            var text = File.ReadAllText(ownerPath).Trim();
            return text.Length > 0 ? text : "owner not recorded";
        }
        catch (IOException)
        {
            return "owner not recorded";
        }
        catch (UnauthorizedAccessException)
        {
            return "owner not readable";
        }
    }

    private void WriteOwner()
    {
        using var self = Process.GetCurrentProcess();
        var note = string.Create(
            CultureInfo.InvariantCulture,
            $"process {Environment.ProcessId} ({self.ProcessName}) on {Environment.MachineName}, holding it since {DateTimeOffset.UtcNow:yyyy-MM-dd HH:mm:ss} UTC");
        File.WriteAllText(Path.Combine(DataFolder, OwnerFileName), note + Environment.NewLine);
    }

    public void Dispose()
    {
        try
        {
            File.Delete(Path.Combine(DataFolder, OwnerFileName));
        }
        catch (IOException)
        {
            // The note is advisory; the lock itself is released below whatever happens to it.
        }

        _lock.Dispose();
    }
}
