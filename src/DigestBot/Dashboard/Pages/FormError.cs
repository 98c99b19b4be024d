namespace DigestBot.Dashboard.Pages;

/// <summary>
/// A refusal the watch editor shows: beside the field it is about, or at the top of the form when it is about neither
/// (the channel's limit, a permission, a cooldown, a watch action's).
/// </summary>
internal sealed record FormError(string Text, FormField Field = FormField.Form);

/// <summary>Where in the watch editor a <see cref="FormError"/> shows.</summary>
internal enum FormField
{
    Form,
    Query,
    Name,
}
