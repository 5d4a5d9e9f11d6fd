package dev.anaplanshell.client.model;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * A list item. {@code subsets} and {@code properties} come with {@code includeAll=true}; {@code id} and
 * {@code parentId} are null in large-volume reads, which do not carry them.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ListItem(String id, String name, String code, String parent, String parentId, String listId,
        String listName, Map<String, Boolean> subsets, Map<String, String> properties) {

    public Map<String, Boolean> subsets() {
        return subsets == null ? Map.of() : subsets;
    }

    public Map<String, String> properties() {
        return properties == null ? Map.of() : properties;
    }
}
