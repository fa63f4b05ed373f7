namespace DroneInspect.Cli.Tests.Support;

/// <summary>Removing a stopped host's data folder.</summary>
public static class TempFolders
{
    /// <summary>
    /// Deletes <paramref name="folder"/>, trying again for a second when a file appears in it meanwhile: a stopped host's
    /// log writer and SQLite pool may close their last files a moment after StopAsync returns.
    /// </summary>
    public static async Task DeleteAsync(string folder)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                Directory.Delete(folder, recursive: true);
                return;
            }
            catch (IOException) when (attempt < 10)
            {
                await Task.Delay(100);
            }
        }
    }
}
