package dev.anaplanshell.shell;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import dev.anaplanshell.core.ShellException;

/**
 * {@code anaplan-shell completion bash|zsh|fish}: a completion script for the launcher's own options, made from
 * {@link LaunchOptions}' one option table, so a new option is completed without anyone editing a list.
 */
final class CompletionScript {

    static final List<String> SHELLS = List.of("bash", "zsh", "fish");
    private static final String NAME = "anaplan-shell";

    private CompletionScript() {
    }

    /** @throws ShellException a usage error for a shell not in {@link #SHELLS} */
    static String of(String shell, List<LaunchOption<?>> options) {
        return switch (shell.toLowerCase(Locale.ROOT)) {
            case "bash" -> bash(options);
            case "zsh" -> zsh(options);
            case "fish" -> fish(options);
            default -> throw ShellException.usage("no completion for '" + shell + "': use one of "
                    + String.join(", ", SHELLS));
        };
    }

    private static String bash(List<LaunchOption<?>> options) {
        StringBuilder s = new StringBuilder("""
                # bash completion for anaplan-shell's options. Load it with
                #   source <(anaplan-shell completion bash)
                # or save it as ~/.local/share/bash-completion/completions/anaplan-shell
                _anaplan_shell() {
                    local cur="${COMP_WORDS[COMP_CWORD]}" prev=""
                    (( COMP_CWORD > 0 )) && prev="${COMP_WORDS[COMP_CWORD-1]}"
                    case "$prev" in
                """);
        String files = names(options.stream().filter(LaunchOption::completesFiles).toList(), "|");
        if (!files.isEmpty()) {
            s.append("        ").append(files).append(")\n")
                    .append("            COMPREPLY=( $(compgen -f -- \"$cur\") ); return 0 ;;\n");
        }
        for (LaunchOption<?> o : options) {
            if (!o.completes().isEmpty()) {
                s.append("        ").append(names(List.of(o), "|")).append(")\n")
                        .append("            COMPREPLY=( $(compgen -W \"").append(String.join(" ", o.completes()))
                        .append("\" -- \"$cur\") ); return 0 ;;\n");
            }
        }
        String valued = names(options.stream().filter(o -> o.takesValue() && !o.completesFiles()
                && o.completes().isEmpty()).toList(), "|");
        if (!valued.isEmpty()) {
            s.append("        ").append(valued).append(")\n            return 0 ;;\n");
        }
        s.append("""
                    esac
                    if [[ "$cur" == -* ]]; then
                        COMPREPLY=( $(compgen -W "%s" -- "$cur") )
                    elif (( COMP_CWORD == 1 )); then
                        COMPREPLY=( $(compgen -W "completion" -- "$cur") )
                    elif [[ "$prev" == completion ]]; then
                        COMPREPLY=( $(compgen -W "%s" -- "$cur") )
                    fi
                    return 0
                }
                complete -o default -F _anaplan_shell anaplan-shell
                """.formatted(options.stream().map(LaunchOption::name).collect(Collectors.joining(" ")),
                String.join(" ", SHELLS)));
        return s.toString();
    }

    private static String zsh(List<LaunchOption<?>> options) {
        StringBuilder s = new StringBuilder("#compdef " + NAME + "\n"
                + "# zsh completion for anaplan-shell's options: save as _anaplan-shell in a folder on $fpath,\n"
                + "# or load it with  source <(anaplan-shell completion zsh)\n"
                + "_anaplan_shell() {\n  _arguments -s \\\n");
        for (LaunchOption<?> o : options) {
            String description = "[" + zshEscape(o.description) + "]";
            String action = !o.takesValue() ? "" : ":" + zshEscape(o.label) + ":"
                    + (o.completesFiles() ? "_files" : !o.completes().isEmpty()
                            ? "(" + String.join(" ", o.completes()) + ")" : " ");
            String repeat = o.repeatable ? "*" : "";
            if (o.shortName != null) {
                s.append("    '").append(repeat).append("-").append(o.shortName).append(description).append(action)
                        .append("' \\\n");
            }
            s.append("    '").append(repeat).append(o.name()).append(description).append(action)
                    .append("' \\\n");
        }
        s.append("    '1:command:(completion)' \\\n    '*::arguments:_default'\n}\n")
                .append("compdef _anaplan_shell ").append(NAME).append('\n');
        return s.toString();
    }

    private static String fish(List<LaunchOption<?>> options) {
        StringBuilder s = new StringBuilder("# fish completion for anaplan-shell's options: save as\n"
                + "# ~/.config/fish/completions/anaplan-shell.fish, or run  anaplan-shell completion fish | source\n");
        for (LaunchOption<?> o : options) {
            s.append("complete -c ").append(NAME);
            if (o.shortName != null) {
                s.append(" -s ").append(o.shortName);
            }
            s.append(" -l ").append(o.longName);
            if (o.takesValue()) {
                s.append(o.completesFiles() ? " -r -F" : " -r -f");
                if (!o.completes().isEmpty()) {
                    s.append(" -a '").append(String.join(" ", o.completes())).append("'");
                }
            }
            s.append(" -d ").append(fishQuote(o.description)).append('\n');
        }
        s.append("complete -c ").append(NAME).append(" -n '__fish_is_first_arg' -f -a completion")
                .append(" -d 'Print a completion script: bash, zsh or fish'\n");
        return s.toString();
    }

    private static String names(List<LaunchOption<?>> options, String separator) {
        return options.stream().flatMap(o -> o.shortName == null ? Stream.of(o.name())
                : Stream.of("-" + o.shortName, o.name()))
                .collect(Collectors.joining(separator));
    }

    private static String zshEscape(String text) {
        return text.replace("\\", "\\\\").replace("'", "'\\''").replace("[", "\\[").replace("]", "\\]")
                .replace(":", "\\:");
    }

    private static String fishQuote(String text) {
        return "'" + text.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }
}
