using Microsoft.Extensions.Configuration;
using Twin.Storage.Configuration;

namespace Twin.Hosting;

/// <summary>The embedded silo's settings: the process's environment, with the data folder chosen on the command line on top.</summary>
public static class EmbeddedConfiguration
{
    public static IConfiguration For(string? dataFolder)
    {
        var builder = new ConfigurationBuilder().AddEnvironmentVariables();
        if (!string.IsNullOrWhiteSpace(dataFolder))
            builder.AddInMemoryCollection([KeyValuePair.Create<string, string?>(StorageSettings.DataFolderKey, dataFolder)]);
        return builder.Build();
    }
}
