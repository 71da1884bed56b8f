namespace Twin.Silo.Api;

/// <summary>The HTTP API's settings (configuration section `Twin:Api`).</summary>
public sealed class ApiOptions
{
    public const string Section = "Twin:Api";

    /// <summary>The key writes must carry in the `X-Api-Key` header. Empty: generate one and keep it in <see cref="KeyFile"/>.</summary>
    public string Key { get; set; } = "";

    /// <summary>Where a generated key is kept (default: `api-key` in the data folder).</summary>
    public string KeyFile { get; set; } = "";

    /// <summary>A key reads must carry (`X-Api-Key`) where reads are not public; empty: reads are open. The write key reads too.</summary>
    public string ReadKey { get; set; } = "";

    /// <summary>The URL clients reach the API at, listed as the OpenAPI document's server (never the request's Host header).</summary>
    public string PublicUrl { get; set; } = "";

    /// <summary>The largest request body accepted, in bytes; larger ones get 413.</summary>
    public long MaxRequestBytes { get; set; } = 2 * 1024 * 1024;
}
