package dev.anaplanshell.client.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * A model; {@code memoryUsage}, {@code lastModified} and {@code isoCreationDate} only with {@code modelDetails=true}.
 * Live answers may leave out {@code currentWorkspaceName} and even {@code currentWorkspaceId}: see
 * {@link #inWorkspace}.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Model(String id, String name, String activeState, String currentWorkspaceId,
        String currentWorkspaceName, String modelUrl, Long memoryUsage, String isoCreationDate, String lastModified) {

    /**
     * This model with its workspace's id and name filled in where the answer left them out (live listings may carry
     * only {@code id, name, activeState}); what the answer gave stays.
     */
    public Model inWorkspace(String workspaceId, String workspaceName) {
        return new Model(id, name, activeState, currentWorkspaceId != null ? currentWorkspaceId : workspaceId,
                currentWorkspaceName != null ? currentWorkspaceName : workspaceName, modelUrl, memoryUsage,
                isoCreationDate, lastModified);
    }
}
