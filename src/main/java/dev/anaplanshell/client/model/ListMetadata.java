package dev.anaplanshell.client.model;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** {@code GET .../lists/{listId}}'s {@code metadata}; unset fields are null. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ListMetadata(String id, String name, List<Property> properties, Boolean hasSelectiveAccess,
        NamedRef parent, String managedBy, Boolean numberedList, Boolean useTopLevelAsPageDefault, Long itemCount,
        Boolean workflowEnabled, Boolean productionData, List<NamedRef> subsets, NamedRef topLevelItem) {

    /** A list property. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Property(String id, String name, String format, String formula, String notes) {
    }

    public List<Property> properties() {
        return properties == null ? List.of() : properties;
    }

    public List<NamedRef> subsets() {
        return subsets == null ? List.of() : subsets;
    }
}
