package dev.anaplanshell.client.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** An {@code {"id", "name"}} pair as Anaplan nests them (appliesTo, parent, version, referencedBy...). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record NamedRef(String id, String name) {
}
