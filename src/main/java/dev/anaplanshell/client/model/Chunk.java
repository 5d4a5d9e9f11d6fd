package dev.anaplanshell.client.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** One chunk of a file or failure dump: {@code id} is "0", "1", .... */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Chunk(String id, String name) {
}
