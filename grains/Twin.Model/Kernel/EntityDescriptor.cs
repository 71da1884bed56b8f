namespace Twin.Model.Kernel;

/// <summary>An entity as the scenario declares it.</summary>
/// <param name="Id">Unique id across the scenario, such as `hub-port`.</param>
/// <param name="Kind">The model that runs it, such as `town`.</param>
/// <param name="Section">The scenario section it comes from, such as `towns`.</param>
/// <param name="JsonPath">Where it sits in the file, such as `towns[2]`, for error messages.</param>
public sealed record EntityDescriptor(string Id, string Kind, string Section, string JsonPath)
{
    /// <summary>The intervention path of the entity itself: `section/id`.</summary>
    public string Path => $"{Section}/{Id}";
}
