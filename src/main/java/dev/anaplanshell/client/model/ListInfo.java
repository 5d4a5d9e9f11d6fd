package dev.anaplanshell.client.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** A list of a model, as {@code GET /models/{m}/lists} names it. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ListInfo(String id, String name) {
}
