using System.Text.Json;
using System.Text.Json.Serialization;

namespace Twin.Client.Output;

/// <summary>
/// Writes a number that has no value (NaN: no trade, no arrival, nothing to divide) as JSON null,
/// which every reader takes, instead of failing or writing a string.
/// </summary>
public sealed class NonFiniteAsNull : JsonConverter<double>
{
    public override bool HandleNull => true;

    public override double Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.Null ? double.NaN : reader.GetDouble();

    public override void Write(Utf8JsonWriter writer, double value, JsonSerializerOptions options)
    {
        if (double.IsFinite(value)) writer.WriteNumberValue(value);
        else writer.WriteNullValue();
    }
}
