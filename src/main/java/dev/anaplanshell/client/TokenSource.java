package dev.anaplanshell.client;

/**
 * Supplies the token for Integration API calls and renews it when the service rejects it. The one implementation
 * in the shell is {@code auth.TokenKeeper}, which refreshes before expiry and re-authenticates on a 401.
 */
@FunctionalInterface
public interface TokenSource {

    /**
     * @return the current token value
     * @throws AnaplanApiException.Unauthorized when there is none
     */
    String token();

    /**
     * Called once when a request made with {@code rejected} was answered 401: log in again with what the session
     * already has, and return the new token, or null when that is not possible (the 401 then stands).
     */
    default String renew(String rejected) {
        return null;
    }
}
