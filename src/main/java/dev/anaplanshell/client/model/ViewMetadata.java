package dev.anaplanshell.client.model;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** {@code GET /models/{m}/views/{viewId}}: the dimensions on each axis (an empty axis is absent). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ViewMetadata(String viewId, String viewName, List<NamedRef> rows, List<NamedRef> columns,
        List<NamedRef> pages) {

    public List<NamedRef> rows() {
        return rows == null ? List.of() : rows;
    }

    public List<NamedRef> columns() {
        return columns == null ? List.of() : columns;
    }

    public List<NamedRef> pages() {
        return pages == null ? List.of() : pages;
    }
}
