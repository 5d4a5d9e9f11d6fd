package dev.anaplanshell.sandbox.data;

import java.util.List;

/**
 * A model of the sandbox with its structure. Line items are in model order (module by module, UI order
 * within each module).
 */
public record SbModel(String id, String name, String activeState, String workspaceId, long memoryUsage,
        String isoCreationDate, String lastModified, List<SbModule> modules, List<SbLineItem> lineItems) {
}
