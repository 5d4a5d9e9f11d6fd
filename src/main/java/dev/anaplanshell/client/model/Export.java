package dev.anaplanshell.client.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** An export definition; its output file has the same id. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Export(String id, String name, String exportType, String exportFormat, String encoding,
        String layout) {
}
