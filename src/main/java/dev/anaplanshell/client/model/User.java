package dev.anaplanshell.client.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

@JsonIgnoreProperties(ignoreUnknown = true)
public record User(String id, String email, String firstName, String lastName, Boolean active, String customerId,
        String lastLoginDate) {
}
