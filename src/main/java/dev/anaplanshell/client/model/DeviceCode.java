package dev.anaplanshell.client.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/** Answer of {@code POST /oauth/device/code}; {@code expires_in} and {@code interval} are seconds. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record DeviceCode(@JsonProperty("device_code") String deviceCode, @JsonProperty("user_code") String userCode,
        @JsonProperty("verification_uri") String verificationUri,
        @JsonProperty("verification_uri_complete") String verificationUriComplete,
        @JsonProperty("expires_in") int expiresIn, @JsonProperty("interval") int interval) {

    @Override
    public String toString() {
        return "DeviceCode[userCode=" + userCode + ", deviceCode=<redacted>, expiresIn=" + expiresIn + "]";
    }
}
