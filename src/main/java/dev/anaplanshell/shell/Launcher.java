package dev.anaplanshell.shell;

/** Reads the packaged shell's command line and runs the shell or the sandbox. */
public final class Launcher {

    private final Class<?> application;

    public Launcher(Class<?> application) {
        this.application = application;
    }

    public int run(String[] args) {
        return 0;
    }
}
