package dev.anaplanshell.session;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;

import dev.anaplanshell.core.AtomicFile;
import dev.anaplanshell.core.ConfigHome;
import dev.anaplanshell.core.IoReasons;
import dev.anaplanshell.core.ShellException;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Named connections in {@code profiles.json} in the configuration folder (folder 0700, file 0600, written whole or
 * not at all), with the one {@code profile use} made the default for later sessions.
 */
public final class Profiles {

    static final String FILE = "profiles.json";

    /** Built on first use: most starts have no profiles file, and a mapper costs a tenth of a second to build. */
    private static final class Json {
        static final JsonMapper MAPPER = JsonMapper.builder().build();
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Stored(String current, List<Profile> profiles) {
    }

    private final Path home;

    public Profiles(Path home) {
        this.home = home;
    }

    public List<Profile> list() {
        return read().profiles();
    }

    public Optional<Profile> find(String name) {
        return list().stream().filter(p -> p.name().equalsIgnoreCase(name)).findFirst();
    }

    /** A profile by name, case-insensitively; unknown names exit 4 with a suggestion. */
    public Profile require(String name) {
        return NameResolver.resolve("Profile", name, list(), Profile::name, Profile::name, "");
    }

    /** The default set by {@code profile use}, if it still exists. */
    public Optional<Profile> current() {
        Stored stored = read();
        return stored.current() == null ? Optional.empty() : find(stored.current());
    }

    /** Adds or replaces. */
    public void add(Profile profile) {
        locked(() -> {
            Stored stored = read();
            List<Profile> all = new ArrayList<>(stored.profiles());
            all.removeIf(p -> p.name().equalsIgnoreCase(profile.name()));
            all.add(profile);
            write(new Stored(stored.current(), all));
            return null;
        });
    }

    public Profile remove(String name) {
        return locked(() -> {
            Profile profile = require(name);
            Stored stored = read();
            List<Profile> all = new ArrayList<>(stored.profiles());
            all.removeIf(p -> p.name().equals(profile.name()));
            boolean wasCurrent = profile.name().equalsIgnoreCase(String.valueOf(stored.current()));
            write(new Stored(wasCurrent ? null : stored.current(), all));
            return profile;
        });
    }

    public Profile use(String name) {
        return locked(() -> {
            Profile profile = require(name);
            write(new Stored(profile.name(), read().profiles()));
            return profile;
        });
    }

    /** A read-modify-write of the file, under its lock: concurrent shells each keep their change. */
    private <T> T locked(ConfigHome.Locked<T> change) {
        try {
            return ConfigHome.locked(home.resolve(FILE), change);
        } catch (IOException e) {
            throw ShellException.failure("cannot write profiles in " + home + ": " + IoReasons.of(e));
        }
    }

    private Stored read() {
        Path file = home.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return new Stored(null, List.of());
        }
        try {
            Stored stored = Json.MAPPER.readValue(file.toFile(), Stored.class);
            return new Stored(stored.current(), stored.profiles() == null ? List.of() : stored.profiles());
        } catch (JacksonException e) {
            throw ShellException.failure("the profiles file " + file + " is damaged: " + e.getOriginalMessage());
        }
    }

    /** Writes the file whole; only under {@link #locked}, which has made the folder. */
    private void write(Stored stored) {
        List<Profile> sorted = new ArrayList<>(new TreeMap<>(stored.profiles().stream()
                .collect(java.util.stream.Collectors.toMap(p -> p.name().toLowerCase(java.util.Locale.ROOT), p -> p)))
                .values());
        // as text first: a failed write is then the writer's IOException (one line), not Jackson's two-line one
        String json = Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(new Stored(stored.current(),
                sorted));
        AtomicFile.writePrivate(home.resolve(FILE), w -> {
            w.write(json);
            return null;
        });
    }
}
