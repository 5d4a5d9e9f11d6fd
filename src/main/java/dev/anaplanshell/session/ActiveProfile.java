package dev.anaplanshell.session;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import dev.anaplanshell.shell.ShellSettings;

import org.springframework.stereotype.Component;

/**
 * The profile this session runs with ({@code --profile NAME}, else the one {@code profile use} made the default),
 * and the store of all profiles. {@code login} without options logs in the way it says.
 */
@Component
public class ActiveProfile {

    private final Profiles profiles;
    private final AtomicReference<Profile> active = new AtomicReference<>();

    public ActiveProfile(ShellSettings settings) {
        this.profiles = new Profiles(settings.home());
        if (settings.profile() != null) {
            active.set(profiles.find(settings.profile()).orElse(null));
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
