package dev.anaplanshell.client.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * A model file: an import data source ({@code 113…}, with its text format) or an export's output ({@code 116…},
 * {@code id}, {@code name} and {@code chunkCount} only).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ModelFile(String id, String name, Integer chunkCount, String delimiter, String encoding,
        Integer firstDataRow, String format, Integer headerRow, String separator) {
}
