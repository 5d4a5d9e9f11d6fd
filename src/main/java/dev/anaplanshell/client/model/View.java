package dev.anaplanshell.client.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** A view: a module's default view has the module's id and name. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record View(String id, String name, String moduleId, String code) {
}
