package dev.anaplanshell.auth;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

import dev.anaplanshell.core.AtomicFile;
import dev.anaplanshell.core.ConfigHome;
import dev.anaplanshell.core.ShellException;

import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The token store: OAuth refresh tokens by OAuth host and client, in {@code oauth-tokens.json} in the
 * configuration folder (folder 0700, file 0600, written whole or not at all, changed under the lock file
 * profiles use), so that the next session logs in without a browser. Nothing else is kept there: no passwords, no
 * access tokens.
 */
public class OAuthTokens {

    static final String FILE = "oauth-tokens.json";

    /** Built on first use, not at start: most runs never read or write OAuth tokens. */
    private static final class Json {
        static final JsonMapper MAPPER = JsonMapper.builder().build();
    }
    private static final TypeReference<Map<String, Entry>> TYPE = new TypeReference<>() { };

    /** One stored refresh token. */
    public record Entry(String refreshToken, String user) {
        @Override
        public String toString() {
            return "Entry[user=" + user + ", refreshToken=<redacted>]";
        }
    }

    private final Path home;

    /** @param home the configuration folder */
    public OAuthTokens(Path home) {
        this.home = home;
    }

    public Optional<Entry> get(URI oauthUrl, String clientId) {
        return Optional.ofNullable(read().get(key(oauthUrl, clientId)));
    }

    public void put(URI oauthUrl, String clientId, Entry entry) {
        update(all -> {
            all.put(key(oauthUrl, clientId), entry);
            return true;
        });
    }

    /** @return whether there was one */
    public boolean remove(URI oauthUrl, String clientId) {
        return update(all -> all.remove(key(oauthUrl, clientId)) != null);
    }

    /**
     * A read-modify-write of the store under its lock, the one profiles take ({@link ConfigHome#locked}): two shells
     * saving a token at once both keep theirs. Written only when {@code change} changed something.
     */
    private boolean update(Predicate<Map<String, Entry>> change) {
        try {
            return ConfigHome.locked(home.resolve(FILE), () -> {
                Map<String, Entry> all = read();
                boolean changed = change.test(all);
                if (changed) {
                    write(all);
                }
                return changed;
            });
        } catch (IOException e) {
            throw ShellException.failure("cannot write the token store in " + home + ": " + e.getMessage());
        }
    }

    private static String key(URI oauthUrl, String clientId) {
        String url = oauthUrl.toString();
        return (url.endsWith("/") ? url.substring(0, url.length() - 1) : url) + " " + clientId;
    }

    private Map<String, Entry> read() {
        Path file = home.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return new LinkedHashMap<>();
        }
        try {
            return new LinkedHashMap<>(Json.MAPPER.readValue(file.toFile(), TYPE));
        } catch (JacksonException e) {
            throw ShellException.failure("the token store " + file + " is damaged: delete it and log in again");
        }
    }

    /** Whole or not at all, 0600 from the first byte; the folder exists (made by the lock). */
    private void write(Map<String, Entry> all) {
        AtomicFile.writePrivate(home.resolve(FILE), w -> {
            Json.MAPPER.writerWithDefaultPrettyPrinter().writeValue(w, all);
            return null;
        });
    }
}
