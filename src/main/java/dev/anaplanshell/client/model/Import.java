package dev.anaplanshell.client.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** An import definition; {@code importDataSourceId} is the file to upload to for file imports. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Import(String id, String name, String importDataSourceId, String importType) {
}
