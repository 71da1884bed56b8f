using System.Globalization;
using System.Reflection;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using Twin.Model.Scenarios;

namespace Twin.Silo.Api;

/// <summary>
/// Makes the OpenAPI document say what the API does: the API key as a security scheme on the
/// operations that need it (so the reference page can call them), numbers as numbers with the
/// limits validation applies, arrays with their items, only the API's own routes, and a fixed
/// server URL instead of whatever Host header the request carried.
/// </summary>
public static class OpenApiRules
{
    public const string Scheme = "apiKey";

    public static void Configure(OpenApiOptions options, ApiOptions api)
    {
        // The Orleans Dashboard's internal routes are not part of the API.
        options.ShouldInclude = d => d.RelativePath?.StartsWith("api/", StringComparison.Ordinal) == true;
        options.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "SCO Zone Twin API";
            document.Info.Description = "Scenarios, studies, results and the live twin of the SCO Zone Twin. Writes need the API key (X-Api-Key).";
            document.Servers = [new OpenApiServer { Url = api.PublicUrl.TrimEnd('/') is { Length: > 0 } url ? url : "http://localhost:5000" }];
            document.Components ??= new OpenApiComponents();
            document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
            document.Components.SecuritySchemes[Scheme] = new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.ApiKey,
                In = ParameterLocation.Header,
                Name = ApiKey.Header,
                Description = "The silo's API key (Twin:Api:Key, or the api-key file in its data folder); a read key (Twin:Api:ReadKey) where reads are not public.",
            };
            return Task.CompletedTask;
        });
        options.AddOperationTransformer((operation, context, _) =>
        {
            bool write = context.Description.ActionDescriptor.EndpointMetadata.OfType<WriteEndpoint>().Any();
            operation.Security = write || api.ReadKey.Length > 0
                ? [new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(Scheme, context.Document)] = [] }]
                : [];
            return Task.CompletedTask;
        });
        options.AddSchemaTransformer((schema, context, _) =>
        {
            Describe(schema, context.JsonTypeInfo.Type, context.JsonPropertyInfo?.AttributeProvider);
            return Task.CompletedTask;
        });
    }

    private static void Describe(OpenApiSchema schema, Type type, ICustomAttributeProvider? field)
    {
        var underlying = Nullable.GetUnderlyingType(type);
        if ((underlying ?? type) == typeof(double) || (underlying ?? type) == typeof(float))
        {
            // Non-finite values are written as null (NonFiniteAsNull), so a number is a number or null.
            schema.Type = JsonSchemaType.Number | JsonSchemaType.Null;
            schema.Format = "double";
            schema.AnyOf = null;
            schema.OneOf = null;
            schema.Pattern = null;
            schema.Enum = null;
        }
        if (schema.Type is { } kind && kind.HasFlag(JsonSchemaType.Array) && schema.Items is null)
            schema.Items = new OpenApiSchema();
        if (field is null) return;
        foreach (var attribute in field.GetCustomAttributes(inherit: true))
        {
            switch (attribute)
            {
                case MinAttribute min: schema.Minimum = Format(min.Value); break;
                case MaxAttribute max: schema.Maximum = Format(max.Value); break;
                case PositiveAttribute: schema.ExclusiveMinimum = "0"; break;
                case MaxLengthAttribute length: schema.MaxLength = length.Value; break;
            }
        }
    }

    private static string Format(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}

/// <summary>Endpoint metadata of a write: it needs the API key, and the OpenAPI document says so.</summary>
public sealed class WriteEndpoint;
