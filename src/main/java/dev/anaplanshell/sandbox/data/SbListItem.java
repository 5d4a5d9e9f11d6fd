package dev.anaplanshell.sandbox.data;

import java.util.Map;

/**
 * One list item as the sandbox holds it. {@code code}, {@code parent} and {@code parentId} are null when unset;
 * property values are strings, as Anaplan sends them; subsets map each subset's name to membership;
 * both maps keep their order and are not changed after construction.
 */
public record SbListItem(String id, String name, String code, String parent, String parentId,
        Map<String, String> properties, Map<String, Boolean> subsets) {
}
