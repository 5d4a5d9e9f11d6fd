package dev.anaplanshell.completion;

import java.util.List;
import java.util.Set;

import dev.anaplanshell.bulk.TaskLog;
import dev.anaplanshell.client.model.TaskKind;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.shell.core.command.completion.CompletionContext;
import org.springframework.shell.core.command.completion.CompletionProposal;
import org.springframework.shell.core.command.completion.CompletionProvider;
import org.springframework.shell.core.command.completion.FileNameCompletionProvider;

/** Completion for the Bulk API commands: live object names for the first argument, local paths for files. */
@Configuration(proxyBeanMethods = false)
public class BulkCompletion {

    private static final Set<String> PATH_OPTIONS = Set.of("out", "upload", "dump", "dump-dir");

    @Bean
    CompletionProvider exportRunCompletion(BulkNames names) {
        return run(names, TaskKind.EXPORT);
    }

    @Bean
    CompletionProvider importRunCompletion(BulkNames names) {
        return run(names, TaskKind.IMPORT);
    }

    @Bean
    CompletionProvider processRunCompletion(BulkNames names) {
        return run(names, TaskKind.PROCESS);
    }

    @Bean
    CompletionProvider actionRunCompletion(BulkNames names) {
        return run(names, TaskKind.ACTION);
    }

    /** {@code files upload|download FILE LOCAL}: model files, then local paths. */
    @Bean
    CompletionProvider fileTransferCompletion(BulkNames names) {
        CompletionProvider paths = new FileNameCompletionProvider();
        return ctx -> switch (ShellCompleter.argumentIndex(ctx)) {
            case 0 -> ctx.getCommandOption() == null ? names.files() : List.of();
            case 1 -> paths.apply(ctx);
            default -> List.of();
        };
    }

    /** {@code tasks list KIND NAME}: the kinds, then that kind's names. */
    @Bean
    CompletionProvider taskListCompletion(BulkNames names) {
        return ctx -> {
            int index = ShellCompleter.argumentIndex(ctx);
            if (index == 0) {
                return List.of("imports", "exports", "processes", "actions").stream()
                        .map(k -> new CompletionProposal(k).displayText(k)).toList();
            }
            if (index == 1 && ctx.getWords() != null) {
                TaskKind kind = ctx.getWords().stream().map(TaskKind::parse).filter(k -> k != null).findFirst()
                        .orElse(null);
                return kind == null ? List.of() : names.of(kind);
            }
            return List.of();
        };
    }

    /** {@code tasks status|cancel|wait TASK}: the tasks this session started, newest first. */
    @Bean
    CompletionProvider taskIdCompletion(TaskLog log) {
        return ctx -> {
            if (ShellCompleter.argumentIndex(ctx) != 0) {
                return List.of();
            }
            List<TaskLog.Entry> entries = new java.util.ArrayList<>(log.all());
            java.util.Collections.reverse(entries);
            return entries.stream().map(e -> new CompletionProposal(e.taskId()).displayText(e.taskId())
                    .description(e.kind().label() + " '" + e.objectName() + "'")).toList();
        };
    }

    private static CompletionProvider run(BulkNames names, TaskKind kind) {
        CompletionProvider paths = new FileNameCompletionProvider();
        return (CompletionContext ctx) -> {
            if (ctx.getCommandOption() != null) {
                return PATH_OPTIONS.contains(ctx.getCommandOption().longName()) ? paths.apply(ctx) : List.of();
            }
            return ShellCompleter.argumentIndex(ctx) == 0 ? names.of(kind) : List.of();
        };
    }
}
