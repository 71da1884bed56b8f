using System.Buffers;
using System.Text.Json;
using Microsoft.Extensions.Options;

namespace Twin.Silo.Api;

/// <summary>
/// Reads a request's JSON body within the size limit. Over the limit: 413 (checked from the
/// declared length, and again while reading, for bodies that do not declare one). A body that is
/// not declared as JSON is 415; one that is not UTF-8 is 400 before any parsing, because
/// JsonDocument only finds bad UTF-8 inside a string when the string is read, far from here.
/// </summary>
public sealed class JsonBody(IOptions<ApiOptions> options)
{
    public async Task<(JsonDocument? Document, IResult? Problem)> ReadAsync(HttpRequest request, CancellationToken cancellation)
    {
        if (!request.HasJsonContentType()) return (null, UnsupportedType(request.ContentType));
        long limit = options.Value.MaxRequestBytes;
        if (request.ContentLength > limit) return (null, TooLarge(limit));
        using var buffer = new MemoryStream();
        var chunk = ArrayPool<byte>.Shared.Rent(81920);
        try
        {
            int read;
            while ((read = await request.Body.ReadAsync(chunk, cancellation)) > 0)
            {
                if (buffer.Length + read > limit) return (null, TooLarge(limit));
                buffer.Write(chunk, 0, read);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }
        if (buffer.Length == 0) return (null, ApiProblems.Invalid("$", "the body is empty; send a JSON document"));
        var bytes = buffer.GetBuffer().AsMemory(0, (int)buffer.Length);
        if (InvalidUtf8At(bytes.Span) is { } offset)
            return (null, ApiProblems.Invalid("$", $"the body is not valid UTF-8 (the first bad byte is at offset {offset}); send JSON encoded as UTF-8"));
        try
        {
            return (JsonDocument.Parse(bytes, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true }), null);
        }
        catch (JsonException e)
        {
            var where = e.LineNumber is { } line ? $"line {line + 1}, position {e.BytePositionInLine + 1}" : "$";
            return (null, ApiProblems.Invalid(where, "not valid JSON: " + e.Message.Split(". ")[0]));
        }
    }

    /// <summary>The offset of the first byte that is not well-formed UTF-8, or null when all are.</summary>
    internal static long? InvalidUtf8At(ReadOnlySpan<byte> bytes)
    {
        if (System.Text.Unicode.Utf8.IsValid(bytes)) return null;
        var scratch = ArrayPool<char>.Shared.Rent(4096);
        try
        {
            long done = 0;
            while (true)
            {
                var status = System.Text.Unicode.Utf8.ToUtf16(bytes, scratch, out int read, out _, replaceInvalidSequences: false);
                done += read;
                if (status == OperationStatus.Done) return null;
                if (status != OperationStatus.DestinationTooSmall) return done;
                bytes = bytes[read..];
            }
        }
        finally
        {
            ArrayPool<char>.Shared.Return(scratch);
        }
    }

    private static IResult TooLarge(long limit) => Results.Problem(
        statusCode: StatusCodes.Status413PayloadTooLarge,
        title: "The request is too large",
        detail: $"Request bodies are limited to {limit:N0} bytes (Twin:Api:MaxRequestBytes).");

    private static IResult UnsupportedType(string? declared) => Results.Problem(
        statusCode: StatusCodes.Status415UnsupportedMediaType,
        title: "The body must be JSON",
        detail: declared is null
            ? "The request has no Content-Type; send the body as application/json."
            : $"The Content-Type is '{Truncate(declared)}'; send the body as application/json.");

    private static string Truncate(string text) => text.Length <= 100 ? text : text[..100] + "…";
}
