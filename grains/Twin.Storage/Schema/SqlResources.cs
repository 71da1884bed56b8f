using System.Globalization;
using System.Reflection;

namespace Twin.Storage.Schema;

/// <summary>
/// The SQL compiled into this assembly: per provider, the migrations
/// (<c>Sql/&lt;provider&gt;/migrations/NNN-name.sql</c>) and the statements the Orleans providers
/// read from the OrleansQuery table (<c>Sql/&lt;provider&gt;/queries/&lt;QueryKey&gt;.sql</c>).
/// </summary>
internal static class SqlResources
{
    private const string Root = "Twin.Storage.Sql/";

    public static IReadOnlyList<Migration> Migrations(DatabaseProvider provider)
    {
        var migrations = Files(provider, "migrations")
            .Select(file =>
            {
                var dash = file.Name.IndexOf('-');
                if (dash <= 0 || !int.TryParse(file.Name[..dash], NumberStyles.None, CultureInfo.InvariantCulture, out var version))
                    throw new InvalidOperationException($"Migration resource '{file.Name}' must be named NNN-name.sql.");
                return new Migration(version, file.Name[(dash + 1)..], file.Text);
            })
            .OrderBy(m => m.Version)
            .ToList();
        // Versions are 1..N without gaps, so "at version N" means exactly these N were applied.
        for (var i = 0; i < migrations.Count; i++)
        {
            if (migrations[i].Version != i + 1)
                throw new InvalidOperationException($"{provider} migrations must be numbered 1..N; found {migrations[i].Version} at position {i + 1}.");
        }
        return migrations;
    }

    public static IReadOnlyDictionary<string, string> Queries(DatabaseProvider provider) =>
        Files(provider, "queries").ToDictionary(f => f.Name, f => f.Text, StringComparer.Ordinal);

    private static IEnumerable<(string Name, string Text)> Files(DatabaseProvider provider, string kind)
    {
        var assembly = typeof(SqlResources).Assembly;
        var prefix = $"{Root}{provider.ToString().ToLowerInvariant()}/{kind}/";
        foreach (var resource in assembly.GetManifestResourceNames().Where(n => n.StartsWith(prefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            yield return (Path.GetFileNameWithoutExtension(resource[prefix.Length..]), Read(assembly, resource));
        }
    }

    private static string Read(Assembly assembly, string resource)
    {
        using var stream = assembly.GetManifestResourceStream(resource)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
