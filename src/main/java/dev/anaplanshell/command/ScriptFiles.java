package dev.anaplanshell.command;

import java.io.PrintWriter;

import org.springframework.shell.core.InputReader;

/** What {@code run FILE} asks of the shell: run a script file's commands, as the shell's script runner does. */
@FunctionalInterface
public interface ScriptFiles {

    /**
     * Runs the commands of {@code file} (relative to the running script's folder, else the working folder).
     *
     * @return the exit code of the first failing command, or 0
     */
    int runFile(String file, PrintWriter out, PrintWriter promptErr, InputReader promptIn);
}
