namespace Twin.Storage.Configuration;

/// <summary>A setting that is missing or wrong; the message starts with the setting's key.</summary>
public sealed class TwinConfigurationException(string key, string problem) : Exception($"{key}: {problem}")
{
    public string Key { get; } = key;
}
