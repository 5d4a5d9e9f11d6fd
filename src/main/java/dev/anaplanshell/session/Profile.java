package dev.anaplanshell.session;

import dev.anaplanshell.client.Endpoints;
import dev.anaplanshell.client.Regions;
import dev.anaplanshell.core.ShellException;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A named connection: where (a region or explicit hosts), how to log in (a user, certificate paths, a keystore
 * and alias, or an OAuth client id) and where to start (workspace, model). Never a password: those are asked
 * for, or read from standard input or the environment, at login.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record Profile(String name, String region, String authUrl, String apiUrl, String oauthUrl, String user,
        String cert, String key, String certFormat, String keystore, String alias, String clientId,
        String workspace, String model) {

    /** The hosts: the region's, with any explicit URL in place of the region's (defaults without either). */
    @JsonIgnore
    public Endpoints endpoints() {
        Endpoints base = region == null ? Endpoints.defaults() : Regions.of(region)
                .orElseThrow(() -> ShellException.usage("profile '" + name + "': unknown region '" + region + "'"));
        return Endpoints.of(authUrl != null ? authUrl : base.authUrl().toString(),
                apiUrl != null ? apiUrl : base.apiUrl().toString(), oauthUrl != null ? oauthUrl : base.oauthUrl().toString());
    }

    /** How this profile logs in, as {@code profile list} shows it. */
    @JsonIgnore
    public String loginKind() {
        if (clientId != null) {
            return "oauth " + clientId;
        }
        if (keystore != null) {
            return "keystore " + keystore + " (" + alias + ")";
        }
        if (cert != null) {
            return "certificate " + cert;
        }
        return user != null ? "user " + user : "";
    }
}
