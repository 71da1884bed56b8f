namespace Twin.Grains.Kernel;

/// <summary>The grain storage provider every persisted grain of the twin uses (SQLite embedded, PostgreSQL deployed).</summary>
public static class TwinStorage
{
    public const string Name = "twin";
}
