package dev.anaplanshell.completion;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Stream;

import dev.anaplanshell.bulk.TaskLog;
import dev.anaplanshell.client.model.DimensionItem;
import dev.anaplanshell.client.model.LineItem;
import dev.anaplanshell.client.model.ListInfo;
import dev.anaplanshell.client.model.Model;
import dev.anaplanshell.client.model.ModelFile;
import dev.anaplanshell.client.model.Module;
import dev.anaplanshell.client.model.NamedRef;
import dev.anaplanshell.client.model.TaskKind;
import dev.anaplanshell.client.model.View;
import dev.anaplanshell.client.model.Workspace;
import dev.anaplanshell.session.ActiveProfile;
import dev.anaplanshell.session.Variables;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.shell.core.command.completion.CompletionContext;
import org.springframework.shell.core.command.completion.CompletionProposal;
import org.springframework.shell.core.command.completion.FileNameCompletionProvider;
import org.springframework.stereotype.Component;

/**
 * The values of each {@link Kind}: live names and IDs (bounded to {@link LiveNames#LIMIT}, nothing when logged out
 * or without a current model), local paths, the session's tasks, profiles and variables. Never throws. The sources
 * are made on the first Tab that needs them, not at start.
 */
@Component
public class Completions {

    private final ObjectProvider<LiveNames> live;
    private final ObjectProvider<TaskLog> tasks;
    private final ObjectProvider<ActiveProfile> profiles;
    private final ObjectProvider<Variables> variables;
    private final FileNameCompletionProvider files = new FileNameCompletionProvider();

    public Completions(ObjectProvider<LiveNames> live, ObjectProvider<TaskLog> tasks,
            ObjectProvider<ActiveProfile> profiles, ObjectProvider<Variables> variables) {
        this.live = live;
        this.tasks = tasks;
        this.profiles = profiles;
        this.variables = variables;
    }

    /** What the parameter declared by {@code what} completes to, for the word of {@code context}. */
    public List<CompletionProposal> of(Completes what, CompletionContext context) {
        try {
            return switch (what.value()) {
                case WORKSPACE -> named(live.getObject().workspaces(), Workspace::id, Workspace::name);
                case MODEL -> named(live.getObject().models(), Model::id, Model::name);
                case MODULE -> named(live.getObject().modules(), Module::id, Module::name);
                // Module.Line Item without quotes: JLine quotes the whole word; quotes inside it would not match
                case LINE_ITEM -> named(live.getObject().lineItems(), LineItem::id, li -> li.moduleName() + "." + li.name());
                case LIST -> named(live.getObject().lists(), ListInfo::id, ListInfo::name);
                case VIEW -> named(live.getObject().views(), View::id, View::name);
                case DIMENSION -> named(live.getObject().dimensions(), DimensionItem::id, DimensionItem::name);
                case FILE -> files.apply(context);
                case MODEL_FILE -> named(live.getObject().files(), ModelFile::id, ModelFile::name);
                case EXPORT -> tasks(TaskKind.EXPORT);
                case IMPORT -> tasks(TaskKind.IMPORT);
                case PROCESS -> tasks(TaskKind.PROCESS);
                case ACTION -> tasks(TaskKind.ACTION);
                case TASK_KIND -> values(Stream.of(TaskKind.values()).map(TaskKind::path).toArray(String[]::new));
                case TASK_OBJECT -> taskObjects(context);
                case TASK_ID -> taskIds();
                case PROFILE -> profiles.getObject().profiles().list().stream()
                        .map(p -> new CompletionProposal(p.name()).displayText(p.name()).description(p.loginKind()))
                        .toList();
                case VARIABLE -> variables.getObject().all().keySet().stream().sorted().map(CompletionProposal::new)
                        .toList();
                case CHOICE -> values(what.choices());
            };
        } catch (RuntimeException e) {
            return List.of();
        }
    }

    /** Each object's name (JLine quotes or escapes it as needed) and its ID. */
    static <T> List<CompletionProposal> named(List<T> objects, Function<T, String> id, Function<T, String> name) {
        List<CompletionProposal> proposals = new ArrayList<>();
        for (T o : objects) {
            proposals.add(new CompletionProposal(name.apply(o)).displayText(name.apply(o))
                    .description(id.apply(o)).category("names"));
            proposals.add(new CompletionProposal(id.apply(o)).displayText(id.apply(o))
                    .description(name.apply(o)).category("IDs"));
        }
        return proposals;
    }

    private List<CompletionProposal> tasks(TaskKind kind) {
        return named(live.getObject().tasks(kind), NamedRef::id, NamedRef::name);
    }

    private List<CompletionProposal> taskObjects(CompletionContext context) {
        if (context.getWords() == null) {
            return List.of();
        }
        return context.getWords().stream().map(TaskKind::parse).filter(Objects::nonNull).findFirst()
                .map(this::tasks).orElse(List.of());
    }

    private List<CompletionProposal> taskIds() {
        List<TaskLog.Entry> entries = new ArrayList<>(tasks.getObject().all());
        Collections.reverse(entries);
        return entries.stream().map(e -> new CompletionProposal(e.taskId()).displayText(e.taskId())
                .description(e.kind().label() + " '" + e.objectName() + "'")).toList();
    }

    private static List<CompletionProposal> values(String... values) {
        return Stream.of(values).map(v -> new CompletionProposal(v).displayText(v)).toList();
    }
}
