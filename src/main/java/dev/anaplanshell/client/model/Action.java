package dev.anaplanshell.client.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** A model action such as a delete by selection; {@code actionType} is absent for some kinds. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Action(String id, String name, String actionType) {
}
