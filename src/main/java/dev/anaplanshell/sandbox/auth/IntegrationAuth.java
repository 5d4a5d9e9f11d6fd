package dev.anaplanshell.sandbox.auth;

import dev.anaplanshell.sandbox.data.SbUser;
import dev.anaplanshell.sandbox.http.ApiException;
import dev.anaplanshell.sandbox.http.Router;
import dev.anaplanshell.sandbox.http.SbRequest;
import dev.anaplanshell.sandbox.http.SbResponse;
import dev.anaplanshell.sandbox.tenant.Tenant;

/** Guards Integration API handlers: {@code AnaplanAuthToken} or {@code Bearer} with a live token, else 401. */
public final class IntegrationAuth {

    /** A handler that runs on behalf of the authenticated user. */
    @FunctionalInterface
    public interface UserHandler {
        SbResponse handle(SbRequest request, SbUser user);
    }

    private final Tenant tenant;
    private final TokenStore tokens;

    public IntegrationAuth(Tenant tenant, TokenStore tokens) {
        this.tenant = tenant;
        this.tokens = tokens;
    }

    public Router.Handler require(UserHandler handler) {
        return req -> handler.handle(req, user(req));
    }

    private SbUser user(SbRequest req) {
        AuthHeader header = AuthHeader.parse(req.header("Authorization"));
        if (header == null || !(header.is("AnaplanAuthToken") || header.is("Bearer"))) {
            throw ApiException.unauthorized();
        }
        return tokens.find(header.credentials())
                .flatMap(token -> tenant.user(token.userId()))
                .orElseThrow(ApiException::unauthorized);
    }
}
