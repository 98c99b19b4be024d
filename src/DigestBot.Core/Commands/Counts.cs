using System.Globalization;

namespace DigestBot.Commands;

/// <summary>Counts as replies and pages say them: "1 paper", "1,312 papers".</summary>
internal static class Counts
{
    public static string Papers(int count) =>
        count == 1 ? "1 paper" : string.Create(CultureInfo.InvariantCulture, $"{count:N0} papers");
}
