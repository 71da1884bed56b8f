namespace Twin.Model.Kernel;

/// <summary>
/// The entities of a run in canonical (ordinal id) order. An entity's index is its address in
/// messages, so ordering inboxes by sender index is ordering them by sender id.
/// </summary>
public sealed class EntityDirectory
{
    private readonly Dictionary<string, int> _index;

    public EntityDirectory(IEnumerable<EntityDescriptor> entities)
    {
        Entities = entities.OrderBy(e => e.Id, StringComparer.Ordinal).ToArray();
        _index = new Dictionary<string, int>(Entities.Count, StringComparer.Ordinal);
        for (int i = 0; i < Entities.Count; i++)
            _index.Add(Entities[i].Id, i);
    }

    public IReadOnlyList<EntityDescriptor> Entities { get; }

    public int Count => Entities.Count;

    public int IndexOf(string id) =>
        _index.TryGetValue(id, out var i) ? i : throw new KeyNotFoundException($"No entity '{id}' in this run.");

    public bool TryIndexOf(string id, out int index) => _index.TryGetValue(id, out index);

    public EntityDescriptor this[int index] => Entities[index];

    /// <summary>Indexes of every entity of one kind, in canonical order.</summary>
    public int[] IndexesOfKind(string kind)
    {
        var result = new List<int>();
        for (int i = 0; i < Entities.Count; i++)
            if (Entities[i].Kind == kind) result.Add(i);
        return result.ToArray();
    }
}
