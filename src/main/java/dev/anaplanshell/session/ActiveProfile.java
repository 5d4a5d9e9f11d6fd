package dev.anaplanshell.session;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The profile this session runs with ({@code --profile NAME}, else the one {@code profile use} made the default),
 * and the store of all profiles. {@code login} without options logs in the way it says.
 */
public class ActiveProfile {

    private final Profiles profiles;
    private final AtomicReference<Profile> active = new AtomicReference<>();

    /**
     * @param home the configuration folder
     * @param profile the profile named on the command line ({@code --profile}), or null
     */
    public ActiveProfile(Path home, String profile) {
        this.profiles = new Profiles(home);
        if (profile != null) {
            active.set(profiles.find(profile).orElse(null));
        }
    }

    public Profiles profiles() {
        return profiles;
    }

    public Optional<Profile> get() {
        return Optional.ofNullable(active.get());
    }

    public void set(Profile profile) {
        active.set(profile);
    }
}
