namespace Twin.Model.Scenarios;

/// <summary>The value must be at least this (inclusive).</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class MinAttribute(double value) : Attribute
{
    public double Value { get; } = value;
}

/// <summary>The value must be at most this (inclusive).</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class MaxAttribute(double value) : Attribute
{
    public double Value { get; } = value;
}

/// <summary>The value must be greater than zero.</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class PositiveAttribute : Attribute;

/// <summary>The string must match a regular expression; <paramref name="hint"/> says in words what is allowed.</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class PatternAttribute(string regex, string hint) : Attribute
{
    public string Regex { get; } = regex;
    public string Hint { get; } = hint;
}

/// <summary>An entity id: lower-case letters, digits and '-', unique across the whole scenario.</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class EntityIdAttribute : Attribute
{
    public const string Regex = "^[a-z0-9][a-z0-9-]*$";

    /// <summary>Ids become metric labels and grain keys: they stay short.</summary>
    public const int MaxLength = 64;
}

/// <summary>
/// The field sets the state of day 0 (how many firms, how many people). A `set` on it after day 0
/// would change nothing, so validation refuses one.
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class InitialConditionAttribute : Attribute;

/// <summary>The string may have at most this many characters (titles, names, notes): answers that echo it stay small.</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class MaxLengthAttribute(int value) : Attribute
{
    public int Value { get; } = value;
}
