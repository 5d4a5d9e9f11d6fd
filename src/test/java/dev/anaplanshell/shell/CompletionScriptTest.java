package dev.anaplanshell.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import dev.anaplanshell.AnaplanShellApplication;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code anaplan-shell completion bash|zsh|fish}, the bash script run by a real bash's completion machinery. */
class CompletionScriptTest {

    @TempDir
    Path dir;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final Launcher launcher = new Launcher(AnaplanShellApplication.class,
            new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));

    private String script(String shell) {
        out.reset();
        assertThat(launcher.run(new String[] {"completion", shell})).isZero();
        return out.toString(StandardCharsets.UTF_8);
    }

    /** What bash's completion offers for the words typed, through the function the script registered. */
    private List<String> bashCompletes(String... typed) throws IOException, InterruptedException {
        Path file = dir.resolve("anaplan-shell.bash");
        Files.writeString(file, script("bash"));
        String words = String.join(" ", java.util.Arrays.stream(typed).map(w -> "'" + w + "'").toList());
        String driver = "source '" + file + "'\n"
                + "fn=$(complete -p anaplan-shell | sed -E 's/.*-F ([^ ]+).*/\\1/')\n"
                + "COMP_WORDS=(anaplan-shell " + words + "); COMP_CWORD=" + typed.length + "\n"
                + "COMP_LINE=\"${COMP_WORDS[*]}\"; COMP_POINT=${#COMP_LINE}\n"
                + "\"$fn\" anaplan-shell \"${COMP_WORDS[COMP_CWORD]}\" \"${COMP_WORDS[COMP_CWORD-1]}\"\n"
                + "printf '%s\\n' \"${COMPREPLY[@]}\"\n";
        Process bash = new ProcessBuilder("bash", "--norc", "--noprofile", "-c", driver).redirectErrorStream(true)
                .start();
        String output = new String(bash.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(bash.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(bash.exitValue()).as(output).isZero();
        return output.lines().filter(l -> !l.isEmpty()).toList();
    }

    private static boolean bashPresent() {
        try {
            return new ProcessBuilder("bash", "-c", "true").start().waitFor() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    private static String commonPrefix(List<String> words) {
        String prefix = words.get(0);
        for (String w : words) {
            while (!w.startsWith(prefix)) {
                prefix = prefix.substring(0, prefix.length() - 1);
            }
        }
        return prefix;
    }

    @Test
    void should_complete_sa_to_sandbox_in_bash() throws Exception {
        assumeTrue(bashPresent(), "bash is not installed: the bash completion script is not run");
        List<String> offered = bashCompletes("--sa");
        assertThat(offered).contains("--sandbox", "--sandbox-latency-ms").allMatch(w -> w.startsWith("--sandbox"));
        assertThat(commonPrefix(offered)).isEqualTo("--sandbox");
        assertThat(bashCompletes("--serve")).containsExactly("--serve-sandbox");
        assertThat(bashCompletes("-o", "j")).containsExactly("json");
        assertThat(bashCompletes("completion", "z")).containsExactly("zsh");
    }

    @Test
    void should_make_every_script_from_the_option_table() {
        for (String shell : CompletionScript.SHELLS) {
            String text = script(shell);
            for (LaunchOption<?> option : LaunchOptions.ALL) {
                assertThat(text).as(shell).contains(option.longName);
            }
        }
        assertThat(script("fish")).contains("complete -c anaplan-shell -l sandbox -d ");
        assertThat(script("zsh")).startsWith("#compdef anaplan-shell").contains("'--file[");
    }

    @Test
    void should_exit_2_for_an_unknown_shell() {
        assertThat(launcher.run(new String[] {"completion", "tcsh"})).isEqualTo(2);
        assertThat(launcher.run(new String[] {"completion"})).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8).lines()).hasSize(2)
                .allMatch(l -> l.startsWith("error: ") && l.contains("bash, zsh, fish"));
    }
}
