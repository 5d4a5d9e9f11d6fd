package dev.anaplanshell.client.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** One rejected item or cell of a write: its index in the request, Anaplan's type and details. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record WriteFailure(Integer requestIndex, String failureType, String failureMessageDetails) {

    public WriteFailure {
        requestIndex = requestIndex == null ? 0 : requestIndex;
    }
}
