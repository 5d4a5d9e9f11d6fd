package dev.anaplanshell.client.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** A model; {@code memoryUsage}, {@code lastModified} and {@code isoCreationDate} only with {@code modelDetails=true}. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Model(String id, String name, String activeState, String currentWorkspaceId,
        String currentWorkspaceName, String modelUrl, Long memoryUsage, String isoCreationDate, String lastModified) {
}
