package dev.anaplanshell.client.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** Body of {@code POST /token/authenticate} and {@code /token/refresh}. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record AuthResponse(String status, String statusMessage, TokenInfo tokenInfo) {
}
