using System.Globalization;

namespace Twin.Storage.Tests.Faults;

/// <summary>Which of some processes owns a local TCP port (Linux /proc): tells which silo a database connection belongs to.</summary>
public static class TcpOwners
{
    public static int? OwnerOf(int localPort, IEnumerable<int> processIds)
    {
        var inodes = new HashSet<string>();
        foreach (var table in new[] { "/proc/net/tcp", "/proc/net/tcp6" })
        {
            if (!File.Exists(table)) continue;
            foreach (var line in File.ReadLines(table).Skip(1))
            {
                var fields = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                // fields[1] is "ADDRESS:PORT" in hex; fields[9] the socket's inode.
                if (fields.Length > 9 && int.Parse(fields[1][(fields[1].LastIndexOf(':') + 1)..], NumberStyles.HexNumber, CultureInfo.InvariantCulture) == localPort)
                    inodes.Add($"socket:[{fields[9]}]");
            }
        }
        foreach (var pid in processIds)
        {
            try
            {
                foreach (var fd in Directory.EnumerateFiles($"/proc/{pid}/fd"))
                    if (new FileInfo(fd).LinkTarget is { } target && inodes.Contains(target)) return pid;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // Gone, or not ours to read.
            }
        }
        return null;
    }
}
