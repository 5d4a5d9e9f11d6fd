package dev.anaplanshell.client.model;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** {@code exportMetadata}: columns and their types; {@code rowCount} is Anaplan's estimate. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ExportMetadata(Integer columnCount, List<String> headerNames, List<String> dataTypes, Long rowCount,
        String exportFormat, String encoding, String separator, String delimiter) {
}
