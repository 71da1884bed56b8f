using System.Text.Json;
using Microsoft.Extensions.Options;

namespace Twin.Silo.Api;

/// <summary>
/// Reads a request's JSON body within the size limit. Over the limit: 413 (checked from the
/// declared length, and again while reading, for bodies that do not declare one).
/// </summary>
public sealed class JsonBody(IOptions<ApiOptions> options)
{
    public async Task<(JsonDocument? Document, IResult? Problem)> ReadAsync(HttpRequest request, CancellationToken cancellation)
    {
        long limit = options.Value.MaxRequestBytes;
        if (request.ContentLength > limit) return (null, TooLarge(limit));
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellation)) > 0)
        {
            if (buffer.Length + read > limit) return (null, TooLarge(limit));
            buffer.Write(chunk, 0, read);
        }
        if (buffer.Length == 0) return (null, ApiProblems.Invalid("$", "the body is empty; send a JSON document"));
        try
        {
            return (JsonDocument.Parse(buffer.ToArray(), new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true }), null);
        }
        catch (JsonException e)
        {
            var where = e.LineNumber is { } line ? $"line {line + 1}, position {e.BytePositionInLine + 1}" : "$";
            return (null, ApiProblems.Invalid(where, "not valid JSON: " + e.Message.Split(". ")[0]));
        }
    }

    private static IResult TooLarge(long limit) => Results.Problem(
        statusCode: StatusCodes.Status413PayloadTooLarge,
        title: "The request is too large",
        detail: $"Request bodies are limited to {limit:N0} bytes (Twin:Api:MaxRequestBytes).");
}
