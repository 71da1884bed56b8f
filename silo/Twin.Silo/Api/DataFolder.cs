namespace Twin.Silo.Api;

/// <summary>The silo's data folder: `Twin:DataFolder`, else $TWIN_DATA, else `.twin-data` in the working folder.</summary>
public static class DataFolder
{
    public static string Resolve(IConfiguration configuration) =>
        configuration["Twin:DataFolder"] is { Length: > 0 } configured ? configured
        : Environment.GetEnvironmentVariable("TWIN_DATA") is { Length: > 0 } variable ? variable
        : Path.Combine(Environment.CurrentDirectory, ".twin-data");
}
