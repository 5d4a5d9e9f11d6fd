package dev.anaplanshell.client.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** {@code meta.paging} of a collection response. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Paging(int currentPageSize, int offset, int totalSize, String next, String previous) {
}
