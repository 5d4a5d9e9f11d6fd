package dev.anaplanshell.client.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** A workspace; {@code currentSize} only with {@code tenantDetails=true}. Sizes in bytes. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Workspace(String id, String name, Boolean active, Long sizeAllowance, Long currentSize) {
}
