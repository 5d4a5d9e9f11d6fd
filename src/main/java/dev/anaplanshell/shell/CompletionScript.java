package dev.anaplanshell.shell;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import dev.anaplanshell.client.Regions;
import dev.anaplanshell.core.ShellException;

import org.apache.commons.cli.Option;

/**
 * {@code anaplan-shell completion bash|zsh|fish}: a completion script for the launcher's own options, made from
 * {@link LaunchOptions}' one option table, so a new option is completed without anyone editing a list.
 */
final class CompletionScript {

    static final List<String> SHELLS = List.of("bash", "zsh", "fish");
    private static final String NAME = "anaplan-shell";
    /** Values some options take, by long name; the arguments labelled FILE complete paths. */
    private static final Map<String, List<String>> VALUES = Map.of(
            "output", List.of("table", "csv", "json"),
            "region", Regions.names());

    private CompletionScript() {
    }

    /** @throws ShellException a usage error for a shell not in {@link #SHELLS} */
    static String of(String shell, List<Option> options) {
        return switch (shell.toLowerCase(Locale.ROOT)) {
            case "bash" -> bash(options);
            case "zsh" -> zsh(options);
            case "fish" -> fish(options);
            default -> throw ShellException.usage("no completion for '" + shell + "': use one of "
                    + String.join(", ", SHELLS));
        };
    }

    private static boolean isFile(Option o) {
        return o.hasArg() && o.getArgName() != null && o.getArgName().startsWith("FILE");
    }

    private static String bash(List<Option> options) {
        StringBuilder s = new StringBuilder("""
                # bash completion for anaplan-shell's options. Load it with
                #   source <(anaplan-shell completion bash)
                # or save it as ~/.local/share/bash-completion/completions/anaplan-shell
                _anaplan_shell() {
                    local cur="${COMP_WORDS[COMP_CWORD]}" prev=""
                    (( COMP_CWORD > 0 )) && prev="${COMP_WORDS[COMP_CWORD-1]}"
                    case "$prev" in
                """);
        String files = names(options.stream().filter(CompletionScript::isFile).toList(), "|");
        if (!files.isEmpty()) {
            s.append("        ").append(files).append(")\n")
                    .append("            COMPREPLY=( $(compgen -f -- \"$cur\") ); return 0 ;;\n");
        }
        for (Option o : options) {
            List<String> values = VALUES.get(o.getLongOpt());
            if (values != null) {
                s.append("        ").append(names(List.of(o), "|")).append(")\n")
                        .append("            COMPREPLY=( $(compgen -W \"").append(String.join(" ", values))
                        .append("\" -- \"$cur\") ); return 0 ;;\n");
            }
        }
        String valued = names(options.stream().filter(o -> o.hasArg() && !isFile(o)
                && !VALUES.containsKey(o.getLongOpt())).toList(), "|");
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
                """.formatted(options.stream().map(o -> "--" + o.getLongOpt()).collect(Collectors.joining(" ")),
                String.join(" ", SHELLS)));
        return s.toString();
    }

    private static String zsh(List<Option> options) {
        StringBuilder s = new StringBuilder("#compdef " + NAME + "\n"
                + "# zsh completion for anaplan-shell's options: save as _anaplan-shell in a folder on $fpath,\n"
                + "# or load it with  source <(anaplan-shell completion zsh)\n"
                + "_anaplan_shell() {\n  _arguments -s \\\n");
        for (Option o : options) {
            String description = "[" + zshEscape(o.getDescription()) + "]";
            String action = !o.hasArg() ? "" : ":" + zshEscape(o.getArgName()) + ":"
                    + (isFile(o) ? "_files" : VALUES.containsKey(o.getLongOpt())
                            ? "(" + String.join(" ", VALUES.get(o.getLongOpt())) + ")" : " ");
            String repeat = o.getLongOpt().equals("var") || o.getLongOpt().startsWith("sandbox-user")
                    || o.getLongOpt().equals("sandbox-cert") ? "*" : "";
            if (o.getOpt() != null) {
                s.append("    '").append(repeat).append("-").append(o.getOpt()).append(description).append(action)
                        .append("' \\\n");
            }
            s.append("    '").append(repeat).append("--").append(o.getLongOpt()).append(description).append(action)
                    .append("' \\\n");
        }
        s.append("    '1:command:(completion)' \\\n    '*::arguments:_default'\n}\n")
                .append("compdef _anaplan_shell ").append(NAME).append('\n');
        return s.toString();
    }

    private static String fish(List<Option> options) {
        StringBuilder s = new StringBuilder("# fish completion for anaplan-shell's options: save as\n"
                + "# ~/.config/fish/completions/anaplan-shell.fish, or run  anaplan-shell completion fish | source\n");
        for (Option o : options) {
            s.append("complete -c ").append(NAME);
            if (o.getOpt() != null) {
                s.append(" -s ").append(o.getOpt());
            }
            s.append(" -l ").append(o.getLongOpt());
            if (o.hasArg()) {
                s.append(isFile(o) ? " -r -F" : " -r -f");
                List<String> values = VALUES.get(o.getLongOpt());
                if (values != null) {
                    s.append(" -a '").append(String.join(" ", values)).append("'");
                }
            }
            s.append(" -d ").append(fishQuote(o.getDescription())).append('\n');
        }
        s.append("complete -c ").append(NAME).append(" -n '__fish_is_first_arg' -f -a completion")
                .append(" -d 'Print a completion script: bash, zsh or fish'\n");
        return s.toString();
    }

    private static String names(List<Option> options, String separator) {
        return options.stream().flatMap(o -> o.getOpt() == null ? java.util.stream.Stream.of("--" + o.getLongOpt())
                : java.util.stream.Stream.of("-" + o.getOpt(), "--" + o.getLongOpt()))
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
