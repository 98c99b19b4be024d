using System.Text.Json.Serialization;

namespace DigestBot.Papers;

/// <summary>
/// How much of a date a source gave: a day (or a time), a month ("2024-03", a journal issue) or only a year
/// (Semantic Scholar's <c>year</c> without <c>publicationDate</c>). Stored and printed as <c>day</c>, <c>month</c>, <c>year</c>.
/// </summary>
[JsonConverter(typeof(JsonStringEnumConverter<DatePrecision>))]
public enum DatePrecision
{
    [JsonStringEnumMemberName("day")]
    Day,

    [JsonStringEnumMemberName("month")]
    Month,

    [JsonStringEnumMemberName("year")]
    Year,
}
