using System.Security.Cryptography;
using System.Text;

namespace Twin.Model.Scenarios;

/// <summary>
/// The content hash of a scenario: SHA-256 of its canonical JSON (defaults written out, no
/// whitespace), so reformatting a file or spelling out a default does not change the hash.
/// </summary>
public static class ScenarioHash
{
    public static string Of(Scenario scenario) => OfCanonical(ScenarioJson.Serialize(scenario));

    public static string OfCanonical(string canonicalJson) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonicalJson)));
}
