package dev.anaplanshell.client.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** A large-volume read request ({@code viewReadRequest} or {@code listReadRequest}). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ReadRequest(String requestId, String requestState, String url, Integer availablePages,
        Boolean successful) {

    public boolean complete() {
        return "COMPLETE".equals(requestState);
    }

    public int pages() {
        return availablePages == null ? 0 : availablePages;
    }
}
