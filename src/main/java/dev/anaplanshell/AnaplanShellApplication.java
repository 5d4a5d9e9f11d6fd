package dev.anaplanshell;

import dev.anaplanshell.shell.Launcher;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Entry point of the packaged shell. {@link Launcher} reads the command line first, so that
 * {@code --serve-sandbox}, {@code --help} and {@code --version} never start Spring.
 */
@SpringBootApplication
public class AnaplanShellApplication {

    public static void main(String[] args) {
        System.exit(new Launcher(AnaplanShellApplication.class).run(args));
    }
}
