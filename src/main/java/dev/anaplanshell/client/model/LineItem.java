package dev.anaplanshell.client.model;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import tools.jackson.databind.JsonNode;

/**
 * A line item. Without {@code includeAll=true} only {@code moduleId, moduleName, id, name} are set.
 * {@code formatMetadata} stays a JSON tree: its shape depends on {@code dataType}. The order of the components is
 * the order of {@code lineitems export}'s columns ({@link #FIELDS}, docs/commands.md).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record LineItem(String id, String name, String moduleId, String moduleName, String formula, String format,
        JsonNode formatMetadata, String summary, List<NamedRef> appliesTo, String timeScale, String timeRange,
        NamedRef version, Boolean isSummary, String formulaScope, Boolean useSwitchover, Boolean breakback,
        Boolean broughtForward, Boolean startOfSection, String style, Integer cellCount, String code, String notes,
        NamedRef parent, List<NamedRef> referencedBy, List<NamedRef> dataTags, NamedRef readAccessDriver,
        NamedRef writeAccessDriver) {

    /**
     * Every field of {@code includeAll=true}, by its JSON name (the components' names), in the components' order:
     * the columns of {@code lineitems export}, read straight from the body into text cells.
     */
    public static final List<String> FIELDS = Arrays.stream(LineItem.class.getRecordComponents())
            .map(RecordComponent::getName).toList();
}
