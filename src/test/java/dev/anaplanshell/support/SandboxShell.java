package dev.anaplanshell.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import dev.anaplanshell.sandbox.AnaplanSandbox;
import dev.anaplanshell.sandbox.SandboxOptions;
import dev.anaplanshell.support.ShellHarness.Result;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.util.FileSystemUtils;

/**
 * A test class's shell on its own sandbox, over HTTP: started before the first test with a fresh configuration
 * folder, stopped after the last; before each test it is logged in and, with {@link #inModel}, in that model.
 * <pre>{@code @RegisterExtension static final SandboxShell shell = SandboxShell.inModel("FP&A Plan");}</pre>
 */
public final class SandboxShell implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback {

    private final SandboxOptions options;
    private final String model;
    private final Object[] beans;
    private Path home;
    private ShellHarness harness;

    private SandboxShell(SandboxOptions options, String model, Object... beans) {
        this.options = options;
        this.model = model;
        this.beans = beans;
    }

    /** Logged in before each test, in no model. */
    public static SandboxShell loggedIn() {
        return new SandboxShell(SandboxOptions.defaults(), null);
    }

    /** Logged in and in {@code model} before each test. */
    public static SandboxShell inModel(String model) {
        return inModel(model, SandboxOptions.defaults());
    }

    /**
     * With extra singletons in the shell's context: a {@link TestClock} there (and in {@code options}) makes bulk tasks
     * run on the test's time, not the wall clock's.
     */
    public static SandboxShell inModel(String model, SandboxOptions options, Object... beans) {
        return new SandboxShell(options, model, beans);
    }

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        home = Files.createTempDirectory("anaplan-shell-test");
        harness = ShellHarness.start(home, options, null, beans);
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        harness.loggedIn();
        if (model != null) {
            harness.ok("use-model '" + model + "'");
        }
    }

    @Override
    public void afterAll(ExtensionContext context) throws IOException {
        try {
            harness.close();
        } finally {
            FileSystemUtils.deleteRecursively(home);
        }
    }

    public Result run(String line) {
        return harness.run(line);
    }

    public Result run(String line, String password) {
        return harness.run(line, password);
    }

    public String ok(String line) {
        return harness.ok(line);
    }

    public <T> T bean(Class<T> type) {
        return harness.bean(type);
    }

    public AnaplanSandbox sandbox() {
        return harness.sandbox();
    }

    /** The shell's configuration folder, this class's own. */
    public Path home() {
        return home;
    }
}
