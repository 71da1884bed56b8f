namespace Twin.Silo.Api;

/// <summary>
/// How list endpoints page: `offset` and `limit` in the query, the list itself as the body (so a
/// client that reads the first page sees the same array as before), and the size of the whole
/// list and the next page in headers.
/// </summary>
public static class Paging
{
    public const int DefaultLimit = 50;
    public const int MaxLimit = 200;
    public const string TotalHeader = "X-Total-Count";

    public static IResult? Problem(int? offset, int? limit) =>
        offset < 0 ? ApiProblems.Invalid("offset", $"must be >= 0, got {offset}")
        : limit is < 1 or > MaxLimit ? ApiProblems.Invalid("limit", $"must be between 1 and {MaxLimit}, got {limit}")
        : null;

    public static void Describe(HttpResponse response, string path, int offset, int limit, int total)
    {
        response.Headers[TotalHeader] = total.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (offset + limit < total)
            response.Headers.Link = $"<{path}?offset={offset + limit}&limit={limit}>; rel=\"next\"";
    }
}
