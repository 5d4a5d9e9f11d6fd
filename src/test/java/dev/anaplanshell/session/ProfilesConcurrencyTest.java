package dev.anaplanshell.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import dev.anaplanshell.core.ShellException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Config writes under concurrency and on a full disk. */
class ProfilesConcurrencyTest {

    @TempDir
    Path home;

    private static Profile profile(String name) {
        return new Profile(name, "eu3", null, null, null, name + "@example.com", null, null, null, null, null, null,
                null, null);
    }

    @Test
    void should_keep_every_profile_when_two_shells_add_at_once() throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        List<CompletableFuture<Void>> shells = new ArrayList<>();
        for (String shell : List.of("a", "b")) {
            Profiles profiles = new Profiles(home); // each shell has its own
            shells.add(CompletableFuture.runAsync(() -> {
                try {
                    start.await();
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
                for (int i = 0; i < 25; i++) {
                    profiles.add(profile(shell + i));
                }
            }));
        }
        start.countDown();
        CompletableFuture.allOf(shells.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);

        assertThat(new Profiles(home).list()).hasSize(50);
    }

    @Test
    void should_report_a_full_disk_under_the_config_folder_in_one_line() throws Exception {
        assumeThat(System.getProperty("user.name")).as("mounting a small tmpfs needs root: skipped").isEqualTo("root");
        Path mount = Files.createDirectory(home.resolve("small"));
        assumeThat(exec("mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", mount.toString()))
                .as("this machine allows no tmpfs mount: skipped").isZero();
        try {
            Profiles profiles = new Profiles(mount);
            profiles.add(profile("before"));
            try (var out = Files.newOutputStream(mount.resolve("filler"))) {
                byte[] block = new byte[4096];
                for (int i = 0; i < 64; i++) {
                    out.write(block);
                }
            } catch (IOException full) {
                // the disk is full now
            }
            assertThatThrownBy(() -> profiles.add(profile("after"))).isInstanceOf(ShellException.class)
                    .hasMessageContaining("No space left on device").satisfies(e -> assertThat(e.getMessage())
                            .doesNotContain("\n", ".part", "Jackson"));
            assertThat(profiles.list()).extracting(Profile::name).containsExactly("before");
        } finally {
            exec("umount", mount.toString());
        }
    }

    private static int exec(String... command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        return p.waitFor(10, TimeUnit.SECONDS) ? p.exitValue() : -1;
    }
}
