package dev.anaplanshell.client;

/** Supplies the token for Integration API calls; the session implements it. */
@FunctionalInterface
public interface TokenSource {

    /**
     * @return the current token value
     * @throws AnaplanApiException.Unauthorized when there is none
     */
    String token();
}
