namespace Twin.Model.Scenarios;

/// <summary>How a message names the ids that would have been right: all of them when few, else the closest.</summary>
public static class KnownIds
{
    /// <summary>Up to this many known ids are listed in a message.</summary>
    public const int MaxListed = 20;

    public static string Missing(string what, string id, IEnumerable<string> known)
    {
        var list = known as IReadOnlyCollection<string> ?? known.ToArray();
        if (list.Count == 0) return $"no {what} '{Clip(id)}' (there are none)";
        if (list.Count <= MaxListed) return $"no {what} '{Clip(id)}' (known: {string.Join(", ", list.Order(StringComparer.Ordinal))})";
        return Closest(id, list) is { } near
            ? $"no {what} '{Clip(id)}' (did you mean '{near}'? {list.Count:N0} are known)"
            : $"no {what} '{Clip(id)}' ({list.Count:N0} are known, none close to it)";
    }

    /// <summary>The known id nearest by edit distance, if near enough to be a likely typo.</summary>
    public static string? Closest(string id, IEnumerable<string> known)
    {
        if (id.Length > 200) return null;
        string? best = null;
        int limit = Math.Max(2, id.Length / 3), bestDistance = limit + 1;
        foreach (var candidate in known)
        {
            // Lengths further apart than the limit cannot be within it: most candidates stop here.
            if (Math.Abs(candidate.Length - id.Length) >= bestDistance) continue;
            int d = Distance(id, candidate);
            if (d < bestDistance || (d == bestDistance && best is not null && string.CompareOrdinal(candidate, best) < 0))
                (best, bestDistance) = (candidate, d);
        }
        return best;
    }

    private static int Distance(string a, string b)
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

    /// <summary>An id echoed back is cut short: a message never grows with what was sent.</summary>
    public static string Clip(string id) => id.Length <= 64 ? id : id[..64] + "…";
}
