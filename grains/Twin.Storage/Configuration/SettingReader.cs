using System.Globalization;
using System.Net;
using Microsoft.Extensions.Configuration;

namespace Twin.Storage.Configuration;

/// <summary>Reads single settings, naming the key in every complaint.</summary>
internal static class SettingReader
{
    public static string? Text(IConfiguration configuration, string key) =>
        configuration[key] is { } value && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;

    public static T Choice<T>(IConfiguration configuration, string key, T fallback, params (string Name, T Value)[] choices)
    {
        if (Text(configuration, key) is not { } text)
            return fallback;
        foreach (var (name, value) in choices)
        {
            if (string.Equals(name, text, StringComparison.OrdinalIgnoreCase))
                return value;
        }
        throw new TwinConfigurationException(key, $"must be one of {string.Join(", ", choices.Select(c => c.Name))}; got '{text}'.");
    }

    public static int Port(IConfiguration configuration, string key, int fallback)
    {
        if (Text(configuration, key) is not { } text)
            return fallback;
        if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var port) || port is < 1 or > 65535)
            throw new TwinConfigurationException(key, $"must be a port number from 1 to 65535; got '{text}'.");
        return port;
    }

    public static bool Flag(IConfiguration configuration, string key, bool fallback)
    {
        if (Text(configuration, key) is not { } text)
            return fallback;
        return bool.TryParse(text, out var value) ? value : throw new TwinConfigurationException(key, $"must be true or false; got '{text}'.");
    }

    public static TimeSpan Duration(IConfiguration configuration, string key, TimeSpan fallback)
    {
        if (Text(configuration, key) is not { } text)
            return fallback;
        return TimeSpan.TryParse(text, CultureInfo.InvariantCulture, out var value) && value >= TimeSpan.Zero
            ? value
            : throw new TwinConfigurationException(key, $"must be a duration such as 00:02:00 (two minutes); got '{text}'.");
    }

    public static IPAddress? Address(IConfiguration configuration, string key)
    {
        if (Text(configuration, key) is not { } text)
            return null;
        return IPAddress.TryParse(text, out var address) ? address : throw new TwinConfigurationException(key, $"must be an IP address such as 127.0.0.1 or 10.0.0.12; got '{text}'.");
    }
}
