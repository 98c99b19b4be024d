using System.Text.Json.Nodes;

namespace DigestBot.FakeDiscord;

/// <summary>Discord's error documents, built as Discord nests them.</summary>
public static class FakeErrors
{
    public static FakeResponse Unauthorized() => FakeResponse.Error(401, 0, "401: Unauthorized");

    public static FakeResponse NotFound() => FakeResponse.Error(404, 0, "404: Not Found");

    public static FakeResponse UnknownChannel() => FakeResponse.Error(404, 10003, "Unknown Channel");

    public static FakeResponse UnknownMessage() => FakeResponse.Error(404, 10008, "Unknown Message");

    public static FakeResponse UnknownWebhook() => FakeResponse.Error(404, 10015, "Unknown Webhook");

    public static FakeResponse MissingAccess() => FakeResponse.Error(403, 50001, "Missing Access");

    public static FakeResponse MissingPermissions() => FakeResponse.Error(403, 50013, "Missing Permissions");

    public static FakeResponse EmptyMessage() => FakeResponse.Error(400, 50006, "Cannot send an empty message");

    public static FakeResponse InvalidJson() => FakeResponse.Error(400, 50109, "The request body contains invalid JSON.");

    public static FakeResponse AlreadyAcknowledged() => FakeResponse.Error(400, 40060, "Interaction has already been acknowledged.");

    public static FakeResponse ThreadExists() => FakeResponse.Error(400, 160004, "A thread has already been created for this message");

    /// <summary>50035 with <c>errors</c> nested by path: <c>{"embeds":{"0":{"title":{"_errors":[…]}}}}</c>.</summary>
    public static FakeResponse InvalidForm(IReadOnlyList<FakeValidationError> errors)
    {
        var root = new JsonObject();
        foreach (var error in errors)
        {
            var node = root;
            foreach (var part in error.Path.Split('.', StringSplitOptions.RemoveEmptyEntries))
            {
                if (node[part] is not JsonObject child)
                {
                    child = new JsonObject();
                    node[part] = child;
                }

                node = child;
            }

            if (node["_errors"] is not JsonArray list)
            {
                list = [];
                node["_errors"] = list;
            }

            list.Add(new JsonObject { ["code"] = error.Code, ["message"] = error.Message });
        }

        return new FakeResponse(400, new JsonObject { ["message"] = "Invalid Form Body", ["code"] = 50035, ["errors"] = root });
    }
}
