package dev.anaplanshell.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;


import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The refresh-token store under concurrent writers: each shell keeps what it saved and removed. */
class OAuthTokensConcurrencyTest {

    private static final URI OAUTH = URI.create("https://us1a.app.anaplan.com/");

    @TempDir
    Path home;

    /** Each shell has its own store object on the same folder, as two processes would. */
    private OAuthTokens shell() {
        return new OAuthTokens(home);
    }

    private static void together(List<Runnable> shells) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        List<CompletableFuture<Void>> running = new ArrayList<>();
        for (Runnable shell : shells) {
            running.add(CompletableFuture.runAsync(() -> {
                try {
                    start.await();
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
                shell.run();
            }));
        }
        start.countDown();
        CompletableFuture.allOf(running.toArray(CompletableFuture[]::new)).get(60, TimeUnit.SECONDS);
    }

    @Test
    void should_keep_every_token_when_two_shells_save_at_once() throws Exception {
        List<Runnable> shells = new ArrayList<>();
        for (String shell : List.of("a", "b")) {
            OAuthTokens tokens = shell();
            shells.add(() -> {
                for (int i = 0; i < 25; i++) {
                    tokens.put(OAUTH, shell + i, new OAuthTokens.Entry("refresh-" + shell + i, shell + "@example.com"));
                }
            });
        }
        together(shells);

        OAuthTokens after = shell();
        for (String shell : List.of("a", "b")) {
            for (int i = 0; i < 25; i++) {
                assertThat(after.get(OAUTH, shell + i)).as(shell + i).map(OAuthTokens.Entry::refreshToken)
                        .contains("refresh-" + shell + i);
            }
        }
    }

    @Test
    void should_remove_only_what_was_removed_while_another_shell_saves() throws Exception {
        OAuthTokens setup = shell();
        for (int i = 0; i < 25; i++) {
            setup.put(OAUTH, "old" + i, new OAuthTokens.Entry("refresh-old" + i, "old@example.com"));
        }
        OAuthTokens removing = shell();
        OAuthTokens saving = shell();
        together(List.of(() -> {
            for (int i = 0; i < 25; i++) {
                assertThat(removing.remove(OAUTH, "old" + i)).isTrue();
            }
        }, () -> {
            for (int i = 0; i < 25; i++) {
                saving.put(OAUTH, "new" + i, new OAuthTokens.Entry("refresh-new" + i, "new@example.com"));
            }
        }));

        OAuthTokens after = shell();
        for (int i = 0; i < 25; i++) {
            assertThat(after.get(OAUTH, "old" + i)).as("old" + i).isEmpty();
            assertThat(after.get(OAUTH, "new" + i)).as("new" + i).isPresent();
        }
    }
}
