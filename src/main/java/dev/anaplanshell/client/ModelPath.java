package dev.anaplanshell.client;

/**
 * The workspace form of a model's URL, {@code /workspaces/{ws}/models/{m}}, which the Bulk API documents for every
 * call (anaplan-api.md §7).
 */
public record ModelPath(String workspaceId, String modelId) {

    String of(String suffix) {
        return "/workspaces/" + workspaceId + "/models/" + modelId + suffix;
    }
}
