using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Twin.Silo.Api;

namespace Twin.Silo.Tests;

/// <summary>With Twin:Api:ReadKey set, reads need the read key (or the write key); without it, reads are open.</summary>
public sealed class ReadKeyTests
{
    private static async Task<int?> StatusAsync(string readKey, string? supplied)
    {
        var options = Options.Create(new ApiOptions { Key = "write-key", ReadKey = readKey });
        var filter = new RequireReadKey(new ApiKey(options, new ConfigurationBuilder().Build(), NullLogger<ApiKey>.Instance), options);
        var http = new DefaultHttpContext();
        if (supplied is not null) http.Request.Headers[ApiKey.Header] = supplied;
        var result = await filter.InvokeAsync(new DefaultEndpointFilterInvocationContext(http), _ => ValueTask.FromResult<object?>(Results.Ok()));
        return (result as IStatusCodeHttpResult)?.StatusCode;
    }

    [Fact]
    public async Task A_read_needs_the_read_key_or_the_write_key_where_reads_are_not_public()
    {
        Assert.Equal(401, await StatusAsync("read-key", null));
        Assert.Equal(401, await StatusAsync("read-key", "guess"));
        Assert.Equal(200, await StatusAsync("read-key", "read-key"));
        Assert.Equal(200, await StatusAsync("read-key", "write-key"));
        Assert.Equal(200, await StatusAsync("", null));
    }
}
