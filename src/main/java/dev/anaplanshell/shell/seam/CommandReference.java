package dev.anaplanshell.shell.seam;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.stereotype.Component;
import org.springframework.util.ClassUtils;

/**
 * The command reference the distribution ships as {@code docs/reference.md}: every command's {@code help COMMAND}
 * text, by group, made by the build ({@code pom.xml}, package phase) from the same declarations the shell reads, so
 * it cannot drift from them. Run at build time only: it scans {@value SeamConfiguration#COMMAND_PACKAGE} for command
 * classes as Spring's component scan would, which the shell itself never does.
 *
 * <pre>java -cp lib/anaplan-shell.jar dev.anaplanshell.shell.seam.CommandReference FILE</pre>
 */
public final class CommandReference {

    private CommandReference() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: CommandReference FILE");
            System.exit(2);
        }
        Path file = Path.of(args[0]);
        if (file.getParent() != null) {
            Files.createDirectories(file.getParent());
        }
        Files.writeString(file, markdown(commands()), StandardCharsets.UTF_8);
    }

    /** Every {@code @Command} method of the command package's components, read by {@link CommandModel}. */
    static List<CommandModel> commands() {
        ClassPathScanningCandidateComponentProvider scan = new ClassPathScanningCandidateComponentProvider(false);
        scan.addIncludeFilter(new AnnotationTypeFilter(Component.class));
        List<CommandModel> commands = new ArrayList<>();
        for (BeanDefinition definition : scan.findCandidateComponents(SeamConfiguration.COMMAND_PACKAGE)) {
            Class<?> type = ClassUtils.resolveClassName(definition.getBeanClassName(),
                    CommandReference.class.getClassLoader());
            SeamConfiguration.commandMethods(type).forEach(method -> commands.add(CommandModel.of(method)));
        }
        return commands;
    }

    /** A heading per group (sorted), one per command (sorted) with its help text; hidden commands left out. */
    static String markdown(List<CommandModel> commands) {
        Map<String, List<CommandModel>> groups = new TreeMap<>(commands.stream().filter(c -> !c.hidden())
                .collect(Collectors.groupingBy(CommandModel::group)));
        StringBuilder text = new StringBuilder("# Command reference\n\n")
                .append("Every command's `help COMMAND` text, made by the build from the commands' own declarations")
                .append(" (so it\nmatches the installed version). `help` lists the commands at the prompt;")
                .append(" [commands.md](commands.md) explains\nthem with examples. Built in as well: `help [COMMAND]`, `clear`,")
                .append(" and `quit` (`exit`).\n");
        groups.forEach((group, members) -> {
            text.append("\n## ").append(group).append("\n");
            members.stream().sorted(Comparator.comparing(CommandModel::name)).forEach(c -> text.append("\n### `")
                    .append(c.name()).append("`\n\n```text\n").append(c.help()).append("```\n"));
        });
        return text.toString();
    }
}
