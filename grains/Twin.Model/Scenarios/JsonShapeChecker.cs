using System.Globalization;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using System.Text.RegularExpressions;

namespace Twin.Model.Scenarios;

/// <summary>
/// Walks a JSON document against the serializer's own contract for a type and reports every
/// unknown field, missing field, wrong type and out-of-range value, each with its path. It reads
/// the same <see cref="JsonTypeInfo"/> the deserializer uses, so the two cannot disagree; once it
/// finds nothing, deserialization succeeds.
/// </summary>
public sealed class JsonShapeChecker(JsonSerializerOptions options)
{
    public void Check(JsonElement element, Type type, string path, ValidationProblems problems) =>
        CheckValue(element, type, path, problems, property: null, nullable: false);

    /// <summary>Checks a value for one field (its type and its [Min], [Max]... attributes), as if it were in the file at <paramref name="path"/>.</summary>
    public void CheckField(JsonElement element, Type type, ICustomAttributeProvider? field, string path, ValidationProblems problems) =>
        CheckValue(element, type, path, problems, field, nullable: false);

    private void CheckValue(JsonElement element, Type type, string path, ValidationProblems problems, ICustomAttributeProvider? property, bool nullable)
    {
        var underlying = Nullable.GetUnderlyingType(type);
        if (element.ValueKind == JsonValueKind.Null)
        {
            if (!nullable && underlying is null)
                problems.Add(path, $"must not be null; expected {Describe(type)}");
            return;
        }
        type = underlying ?? type;

        if (type == typeof(JsonElement)) return;
        if (CheckScalar(element, type, path, problems, property)) return;

        var info = options.GetTypeInfo(type);
        switch (info.Kind)
        {
            case JsonTypeInfoKind.Object:
                CheckObject(element, info, path, problems);
                break;
            case JsonTypeInfoKind.Enumerable:
                if (element.ValueKind != JsonValueKind.Array)
                {
                    problems.Add(path, $"expected an array, got {Kind(element)}");
                    return;
                }
                int i = 0;
                foreach (var item in element.EnumerateArray())
                    CheckValue(item, info.ElementType!, ValidationProblems.Index(path, i++), problems, null, nullable: false);
                break;
            case JsonTypeInfoKind.Dictionary:
                if (element.ValueKind != JsonValueKind.Object)
                {
                    problems.Add(path, $"expected an object, got {Kind(element)}");
                    return;
                }
                foreach (var entry in element.EnumerateObject())
                    CheckValue(entry.Value, info.ElementType!, ValidationProblems.Join(path, entry.Name), problems, null, nullable: false);
                break;
            default:
                problems.Add(path, $"values of type {type.Name} cannot be checked");
                break;
        }
    }

    private void CheckObject(JsonElement element, JsonTypeInfo info, string path, ValidationProblems problems)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            problems.Add(path, $"expected an object, got {Kind(element)}");
            return;
        }
        var known = info.Properties.Where(p => p.Get is not null || p.Set is not null)
            .ToDictionary(p => p.Name, StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var member in element.EnumerateObject())
        {
            var memberPath = ValidationProblems.Join(path, member.Name);
            if (!seen.Add(member.Name))
            {
                problems.Add(memberPath, "appears twice");
                continue;
            }
            if (!known.TryGetValue(member.Name, out var property) || property.Set is null)
            {
                var hint = NearestName(member.Name, known.Values.Where(p => p.Set is not null).Select(p => p.Name));
                problems.Add(memberPath, hint is null ? "unknown field" : $"unknown field (did you mean '{hint}'?)");
                continue;
            }
            CheckValue(member.Value, property.PropertyType, memberPath, problems, property.AttributeProvider, property.IsSetNullable);
        }
        foreach (var property in known.Values)
        {
            if (property.IsRequired && !seen.Contains(property.Name))
                problems.Add(ValidationProblems.Join(path, property.Name), $"is required ({Describe(property.PropertyType)})");
        }
    }

    /// <summary>Checks numbers, strings, booleans, enums and dates; false if the type is not a scalar.</summary>
    private static bool CheckScalar(JsonElement element, Type type, string path, ValidationProblems problems, ICustomAttributeProvider? property)
    {
        if (type == typeof(string))
        {
            if (element.ValueKind != JsonValueKind.String) { problems.Add(path, $"expected a string, got {Kind(element)}"); return true; }
            CheckString(element.GetString()!, path, problems, property);
            return true;
        }
        if (type == typeof(bool))
        {
            if (element.ValueKind is not (JsonValueKind.True or JsonValueKind.False))
                problems.Add(path, $"expected true or false, got {Kind(element)}");
            return true;
        }
        if (type == typeof(int) || type == typeof(long) || type == typeof(double))
        {
            if (element.ValueKind != JsonValueKind.Number) { problems.Add(path, $"expected a number, got {Kind(element)}"); return true; }
            double value = element.GetDouble();
            if (type != typeof(double) && !IsWhole(element, type))
            {
                problems.Add(path, $"expected a whole number, got {element.GetRawText()}");
                return true;
            }
            if (!double.IsFinite(value)) { problems.Add(path, "must be a finite number"); return true; }
            CheckRange(value, element.GetRawText(), path, problems, property);
            return true;
        }
        if (type.IsEnum)
        {
            var names = Enum.GetNames(type).Select(JsonNamingPolicyCamel).ToArray();
            if (element.ValueKind != JsonValueKind.String || !names.Contains(element.GetString(), StringComparer.Ordinal))
                problems.Add(path, $"expected one of {string.Join(", ", names.Select(n => $"\"{n}\""))}, got {element.GetRawText()}");
            return true;
        }
        if (type == typeof(DateOnly))
        {
            if (element.ValueKind != JsonValueKind.String ||
                !DateOnly.TryParseExact(element.GetString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
                problems.Add(path, $"expected a date as \"yyyy-MM-dd\", got {element.GetRawText()}");
            return true;
        }
        return false;
    }

    private static bool IsWhole(JsonElement element, Type type) =>
        type == typeof(int) ? element.TryGetInt32(out _) : element.TryGetInt64(out _);

    private static void CheckRange(double value, string raw, string path, ValidationProblems problems, ICustomAttributeProvider? property)
    {
        if (property is null) return;
        foreach (var attribute in property.GetCustomAttributes(inherit: true))
        {
            switch (attribute)
            {
                case MinAttribute min when value < min.Value:
                    problems.Add(path, $"must be >= {Format(min.Value)}, got {raw}");
                    break;
                case MaxAttribute max when value > max.Value:
                    problems.Add(path, $"must be <= {Format(max.Value)}, got {raw}");
                    break;
                case PositiveAttribute when value <= 0:
                    problems.Add(path, $"must be > 0, got {raw}");
                    break;
            }
        }
    }

    private static void CheckString(string value, string path, ValidationProblems problems, ICustomAttributeProvider? property)
    {
        if (property is null) return;
        foreach (var attribute in property.GetCustomAttributes(inherit: true))
        {
            switch (attribute)
            {
                case PatternAttribute pattern when !Regex.IsMatch(value, pattern.Regex):
                    problems.Add(path, $"must use only {pattern.Hint}, got \"{KnownIds.Clip(value)}\"");
                    break;
                case MaxLengthAttribute max when value.Length > max.Value:
                    problems.Add(path, $"must have at most {max.Value} characters, got {value.Length:N0}");
                    break;
                case EntityIdAttribute when value.Length > EntityIdAttribute.MaxLength:
                    problems.Add(path, $"an id may have at most {EntityIdAttribute.MaxLength} characters, got {value.Length:N0}");
                    break;
                case EntityIdAttribute when !Regex.IsMatch(value, EntityIdAttribute.Regex):
                    problems.Add(path, $"an id must use lower-case letters, digits and '-', got \"{KnownIds.Clip(value)}\"");
                    break;
            }
        }
    }

    private static string Format(double value) => value.ToString("G", CultureInfo.InvariantCulture);

    private static string JsonNamingPolicyCamel(string name) => JsonNamingPolicy.CamelCase.ConvertName(name);

    internal static string Kind(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => $"the string {element.GetRawText()}",
        JsonValueKind.Number => $"the number {element.GetRawText()}",
        JsonValueKind.True or JsonValueKind.False => $"the boolean {element.GetRawText()}",
        JsonValueKind.Null => "null",
        _ => element.ValueKind.ToString(),
    };

    private static string Describe(Type type)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        if (type == typeof(string)) return "a string";
        if (type == typeof(int) || type == typeof(long)) return "a whole number";
        if (type == typeof(double)) return "a number";
        if (type == typeof(bool)) return "true or false";
        if (type == typeof(DateOnly)) return "a date \"yyyy-MM-dd\"";
        if (type.IsEnum) return "one of " + string.Join(", ", Enum.GetNames(type).Select(JsonNamingPolicyCamel));
        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IReadOnlyList<>)) return "an array";
        return "an object";
    }

    /// <summary>The known name closest to a misspelt one, if it is close enough to be a likely typo.</summary>
    private static string? NearestName(string name, IEnumerable<string> candidates)
    {
        string? best = null;
        int bestDistance = int.MaxValue;
        foreach (var candidate in candidates)
        {
            int d = EditDistance(name.ToLowerInvariant(), candidate.ToLowerInvariant());
            if (d < bestDistance) (best, bestDistance) = (candidate, d);
        }
        return bestDistance <= Math.Max(2, name.Length / 3) ? best : null;
    }

    private static int EditDistance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (int j = 0; j <= b.Length; j++) previous[j] = j;
        for (int i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (int j = 1; j <= b.Length; j++)
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            (previous, current) = (current, previous);
        }
        return previous[b.Length];
    }
}
