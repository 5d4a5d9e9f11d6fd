package dev.anaplanshell.client.model;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import tools.jackson.databind.JsonNode;

/**
 * A line item. Without {@code includeAll=true} only {@code moduleId, moduleName, id, name} are set.
 * {@code formatMetadata} stays a JSON tree: its shape depends on {@code dataType}.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record LineItem(String id, String name, String moduleId, String moduleName, String formula, String format,
        JsonNode formatMetadata, String summary, List<NamedRef> appliesTo, String timeScale, String timeRange,
        NamedRef version, Boolean isSummary, String formulaScope, Boolean useSwitchover, Boolean breakback,
        Boolean broughtForward, Boolean startOfSection, String style, Integer cellCount, String code, String notes,
        NamedRef parent, List<NamedRef> referencedBy, List<NamedRef> dataTags, NamedRef readAccessDriver,
        NamedRef writeAccessDriver) {
}
