package dev.anaplanshell.client.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** A process: imports, exports and actions run in order. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Process(String id, String name) {
}
