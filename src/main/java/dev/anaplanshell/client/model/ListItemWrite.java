package dev.anaplanshell.client.model;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;

/** One item of an add, update or delete body; null fields are not sent. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record ListItemWrite(String id, String name, String code, String parent, Map<String, String> properties,
        Map<String, Boolean> subsets) {
}
