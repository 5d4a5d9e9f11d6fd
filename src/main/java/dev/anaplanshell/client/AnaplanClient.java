package dev.anaplanshell.client;

/**
 * The one facade over Anaplan's REST APIs: a small class per resource, all on one HTTP client.
 * Failures surface as {@link AnaplanApiException}s; collections are lazy streams that follow paging.
 */
public final class AnaplanClient implements AutoCloseable {

    private final Transport transport;
    private final AuthApi auth;
    private final Users users;
    private final Workspaces workspaces;
    private final Models models;
    private final Modules modules;
    private final LineItems lineItems;

    public AnaplanClient(Endpoints endpoints, TokenSource tokens, String userAgent) {
        this(endpoints, tokens, userAgent, HttpSettings.DEFAULTS, Sleeper.REAL);
    }

    /**
     * A client with its own retries, timeouts, rate limit and proxy.
     *
     * @param sleeper how it waits between retries and for the rate limit (tests record instead of sleeping)
     */
    public AnaplanClient(Endpoints endpoints, TokenSource tokens, String userAgent, HttpSettings http, Sleeper sleeper) {
        this.transport = new Transport(endpoints, tokens, userAgent, http, sleeper);
        this.auth = new AuthApi(transport);
        this.users = new Users(transport);
        this.workspaces = new Workspaces(transport);
        this.models = new Models(transport);
        this.modules = new Modules(transport);
        this.lineItems = new LineItems(transport);
    }

    public Endpoints endpoints() {
        return transport.endpoints();
    }

    public AuthApi auth() {
        return auth;
    }

    public Users users() {
        return users;
    }

    public Workspaces workspaces() {
        return workspaces;
    }

    public Models models() {
        return models;
    }

    public Modules modules() {
        return modules;
    }

    public LineItems lineItems() {
        return lineItems;
    }

    @Override
    public void close() {
        transport.close();
    }
}
