package dev.anaplanshell.client.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** A dimension, or an item of one: id, name and code (null when unset). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record DimensionItem(String id, String name, String code) {
}
