package dev.anaplanshell.client.model;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/** One cell of {@code POST .../modules/{moduleId}/data}: line item, its coordinates, and the value. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CellWrite(String lineItemId, String lineItemName, List<Coordinate> dimensions, Object value) {

    /** The item on one dimension, by name or id. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Coordinate(String dimensionId, String dimensionName, String itemId, String itemName,
            String itemCode) {
    }
}
