using System.Text;

namespace Twin.Silo.Tests.Support;

/// <summary>
/// Malformed, huge, badly encoded and odd requests for the silo, drawn from a seeded random
/// stream (the same run of requests each time): what an attacker or a broken client sends.
/// </summary>
public sealed class FuzzRequests(int seed, string key)
{
    private readonly Random _random = new(seed);

    private static readonly string[] Methods = ["GET", "GET", "POST", "POST", "PUT", "DELETE", "PATCH", "HEAD", "OPTIONS", "FOO"];

    private static readonly string[] Paths =
    [
        "/api/scenarios/validate", "/api/studies", "/api/studies/{id}", "/api/studies/{id}/cancel", "/api/studies/{id}/results",
        "/api/studies/{id}/comparison", "/api/studies/{id}/export", "/api/studies/{id}/manifest", "/api/studies/{id}/plot",
        "/api/live", "/api/live/series", "/api/live/observations", "/api/live/observations/{id}", "/api/live/fork", "/api/zone",
        "/api/kpis", "/metrics", "/", "/index.html", "/js/main.js", "/health", "/openapi/v1.json", "/api/docs/index.html",
        "/dashboard/", "/dashboard-key", "/api/{id}", "/{id}",
    ];

    private static readonly string[] Ids =
    [
        "study-0123456789", "study-nosuch", "x", "", "..%2f..%2fetc%2fpasswd", "%00", "%FF%FE", "obs-123", "%E2%82%AC", "study-%C3%28",
    ];

    private static readonly string[] Queries =
    [
        "", "?days=-1", "?days=1000000000000", "?days=abc", "?days=31", "?from=5&to=1", "?from=-3", "?format=xml", "?format=parquet",
        "?kpi=close&entity=crude-oil&from=0&to=99999", "?entity=%00&kpi=", "?offset=-1", "?limit=100000", "?limit=0", "?replication=-5",
        "?daily=true", "?kpi=" + new string('k', 5000), "?days=8&days=9",
    ];

    public HttpRequestMessage Next()
    {
        var method = new HttpMethod(Pick(Methods));
        var path = Pick(Paths).Replace("{id}", _random.Next(4) == 0 ? new string('a', _random.Next(100, 3000)) : Pick(Ids), StringComparison.Ordinal);
        var request = new HttpRequestMessage(method, path + Pick(Queries));
        switch (_random.Next(4))
        {
            case 0: break;
            case 1: request.Headers.TryAddWithoutValidation("X-Api-Key", "wrong-" + _random.Next()); break;
            default: request.Headers.TryAddWithoutValidation("X-Api-Key", key); break;
        }
        if (_random.Next(40) == 0) request.Headers.Host = "evil.example";
        if (method != HttpMethod.Get && method != HttpMethod.Head && _random.Next(5) > 0) request.Content = Body();
        return request;
    }

    private HttpContent Body()
    {
        byte[] bytes = _random.Next(12) switch
        {
            0 => Encoding.UTF8.GetBytes("""{ "kind": "replications", "scenario": "baseline", "replications": 1, "days": 2, "title": "fuzz" }"""),
            1 => [.. "{ \"title\": \"a"u8, 0xC3, 0x28, .. "\", \"kind\": \"sweep\" }"u8],
            2 => new byte[_random.Next(2_100_000, 3_000_000)],
            3 => Encoding.UTF8.GetBytes(new string('[', 5000) + new string(']', 5000)),
            4 => Encoding.UTF8.GetBytes("""[ { "type": "quote", "market": "crude-oil", "date": "2025-02-01", "price": 1e308 }, { "type": "trade", "market": "copper", "date": "2025-02-01", "price": 1e-320, "quantity": 1.5 } ]"""),
            5 => Encoding.UTF8.GetBytes("""{ "type": "departure", "route": "rail-moscow", "date": "2025-02-01", "teu": 1e400 }"""),
            6 => Encoding.UTF8.GetBytes("""{ "interventions": [ { "scale": "routes/rail-moscow/departuresPerWeek", "by": -1 } ], "days": 5, "title": "" }"""),
            7 => Encoding.UTF8.GetBytes("""{ "name": "x", "towns": [ { "id": "Z Z" } ], "hubs": [ { "town": "zz" } ], "days": 1e9 }"""),
            8 => Encoding.UTF8.GetBytes("{\"kind\": \"comparison\", \"scenario\": \"baseline\", \"whatIfs\": [" + string.Join(",", Enumerable.Repeat("{\"base\":\"../../etc/passwd\"}", 500)) + "]}"),
            9 => Encoding.UTF8.GetBytes("null"),
            10 => [],
            _ => Garbage(),
        };
        var content = new ByteArrayContent(bytes);
        string? type = _random.Next(6) switch { 0 => null, 1 => "text/plain", 2 => "application/json; charset=latin1", 3 => "application/x-www-form-urlencoded", _ => "application/json" };
        if (type is not null) content.Headers.TryAddWithoutValidation("Content-Type", type);
        return content;
    }

    private byte[] Garbage()
    {
        var bytes = new byte[_random.Next(1, 4000)];
        _random.NextBytes(bytes);
        return bytes;
    }

    private T Pick<T>(T[] items) => items[_random.Next(items.Length)];
}
