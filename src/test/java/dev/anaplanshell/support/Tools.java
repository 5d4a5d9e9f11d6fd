package dev.anaplanshell.support;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;

/** Runs openssl or keytool as a user would; a test that needs a missing tool is skipped with a message. */
public final class Tools {

    private Tools() {
    }

    public static boolean available(String tool) {
        try {
            Process p = new ProcessBuilder(tool, tool.equals("keytool") ? "-help" : "version").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(30, TimeUnit.SECONDS);
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    public static void assumeAvailable(String tool) {
        Assumptions.assumeTrue(available(tool), tool + " is not installed: test skipped");
    }

    /** Runs {@code command} in {@code dir}; fails the test with its output when it does not exit 0. */
    public static void run(Path dir, String... command) {
        try {
            Process p = new ProcessBuilder(List.of(command)).directory(dir.toFile()).redirectErrorStream(true).start();
            String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new AssertionError(String.join(" ", command) + " failed:\n" + output);
            }
        } catch (IOException e) {
            throw new AssertionError("cannot run " + command[0], e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
