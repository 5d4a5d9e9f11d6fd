package dev.anaplanshell.command;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

import dev.anaplanshell.client.AnaplanClient;
import dev.anaplanshell.client.model.LineItem;
import dev.anaplanshell.client.model.ListInfo;
import dev.anaplanshell.client.model.ListItem;
import dev.anaplanshell.client.model.Model;
import dev.anaplanshell.client.model.Module;
import dev.anaplanshell.completion.Completes;
import dev.anaplanshell.completion.Kind;
import dev.anaplanshell.core.ExitCodes;
import dev.anaplanshell.core.InputFiles;
import dev.anaplanshell.core.ShellException;
import dev.anaplanshell.diff.Change;
import dev.anaplanshell.diff.CsvDiff;
import dev.anaplanshell.diff.DiffColumns;
import dev.anaplanshell.diff.ListDiff;
import dev.anaplanshell.diff.ModelDiff;
import dev.anaplanshell.render.Output;
import dev.anaplanshell.render.OutputFormat;
import dev.anaplanshell.session.NameResolver;
import dev.anaplanshell.session.Names;
import dev.anaplanshell.session.Place;
import dev.anaplanshell.session.Session;

import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.annotation.Argument;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.shell.core.command.annotation.Option;
import org.springframework.stereotype.Component;

/** {@code lineitems diff} and {@code lists diff} between two models, {@code diff} between two CSV files. */
@Component
public class DiffCommands {

    private final AnaplanClient client;
    private final Session session;
    private final Names names;
    private final Output output;

    public DiffCommands(AnaplanClient client, Session session, Names names, Output output) {
        this.client = client;
        this.session = session;
        this.names = names;
        this.output = output;
    }

    @Command(name = "lineitems diff", group = "Model",
            description = "Compare the line items of two models: added, removed, renamed and changed fields",
            help = "Line items are matched by module name and line-item name. old = --against, new = --model "
                    + "(default: the current model). --exit-code: exit 7 when there are differences.")
    public void lineItems(@Option(longName = "model", description = "the model to compare (default: current)")
            @Completes(Kind.MODEL) String model,
            @Option(longName = "against", description = "the model to compare it against")
            @Completes(Kind.MODEL) String against,
            @Option(longName = "module", shortName = 'm', description = "only this module, by name")
            @Completes(Kind.MODULE) String module,
            @Option(longName = "exit-code", description = "exit 7 when there are differences") Boolean exitCode,
            @Option(longName = "output", shortName = 'o', description = "table, csv or json") String format,
            CommandContext ctx) {
        Arguments.required(against, "lineitems diff --against MODEL [--model MODEL] [--module NAME]");
        OutputFormat.parse(format);
        session.requireConnection();
        Place.Named newModel = model == null ? session.requireModel() : named(names.model(model));
        Place.Named oldModel = named(names.model(against));
        List<String> oldModules = moduleNames(oldModel.id());
        List<String> newModules = moduleNames(newModel.id());
        String only = module == null ? null : onlyModule(module, oldModules, newModules);
        List<Change> changes = ModelDiff.compare(filter(oldModules, only), lineItems(oldModel.id(), only),
                filter(newModules, only), lineItems(newModel.id(), only));
        output.list(ctx, DiffColumns.MODEL_DIFF, changes.stream(), format);
        differences(exitCode, changes.size());
    }

    @Command(name = "lists diff", group = "Lists",
            description = "Compare a list's items in two models: added, removed, changed code, parent, properties",
            help = "Items are matched by name. old = --against, new = --model (default: the current model). "
                    + "--exit-code: exit 7 when there are differences.")
    public void listItems(@Argument(index = 0, description = "list name or ID (looked up in each model)")
            @Completes(Kind.LIST) String list,
            @Option(longName = "model", description = "the model to compare (default: current)")
            @Completes(Kind.MODEL) String model,
            @Option(longName = "against", description = "the model to compare it against")
            @Completes(Kind.MODEL) String against,
            @Option(longName = "exit-code", description = "exit 7 when there are differences") Boolean exitCode,
            @Option(longName = "output", shortName = 'o', description = "table, csv or json") String format,
            CommandContext ctx) {
        String usage = "lists diff LIST --against MODEL [--model MODEL]";
        String wanted = Arguments.required(list, usage);
        Arguments.required(against, usage);
        OutputFormat.parse(format);
        session.requireConnection();
        Model newModel = model == null ? names.model(session.requireModel().id()) : names.model(model);
        Model oldModel = names.model(against);
        ListInfo newList = list(newModel, wanted);
        List<Change> changes = ListDiff.compare(newList.name(), listItems(oldModel, list(oldModel, wanted)),
                listItems(newModel, newList));
        output.list(ctx, DiffColumns.LIST_DIFF, changes.stream(), format);
        differences(exitCode, changes.size());
    }

    @Command(name = "diff", group = "Files",
            description = "Compare two CSV files (e.g. last night's and tonight's export), rows matched by key columns",
            help = "The old file is held in memory by key; the new one is streamed. Neither needs sorting. "
                    + "--exit-code: exit 7 when there are differences.")
    public void csv(@Argument(index = 0, description = "the old CSV file") @Completes(Kind.FILE) String oldFile,
            @Argument(index = 1, description = "the new CSV file") @Completes(Kind.FILE) String newFile,
            @Option(longName = "key", description = "key column(s), comma-separated") String key,
            @Option(longName = "exit-code", description = "exit 7 when there are differences") Boolean exitCode,
            @Option(longName = "output", shortName = 'o', description = "table, csv or json") String format,
            CommandContext ctx) {
        String usage = "diff CSV_OLD CSV_NEW --key COLUMN[,COLUMN...]";
        Path before = Path.of(Arguments.required(oldFile, usage));
        Path after = Path.of(Arguments.required(newFile, usage));
        for (Path file : List.of(before, after)) {
            if (java.nio.file.Files.exists(file)) {
                InputFiles.requireReadable(file); // a device such as /dev/zero never ends
            }
        }
        List<String> keys = Arrays.stream(Arguments.required(key, usage).split(",")).map(String::strip)
                .filter(k -> !k.isEmpty()).toList();
        OutputFormat.parse(format);
        AtomicLong count = new AtomicLong();
        output.list(ctx, DiffColumns.CSV_DIFF, CsvDiff.compare(before, after, keys)
                .peek(c -> count.incrementAndGet()), format);
        differences(exitCode, count.get());
    }

    private static void differences(Boolean exitCode, long count) {
        if (Boolean.TRUE.equals(exitCode) && count > 0) {
            throw new ShellException(ExitCodes.DIFFERENCES, count + (count == 1 ? " difference" : " differences"));
        }
    }

    private ListInfo list(Model model, String list) {
        List<ListInfo> lists = client.lists().list(model.id()).toList();
        return NameResolver.resolve("List", list, lists, ListInfo::id, ListInfo::name,
                "in model '" + model.name() + "'");
    }

    private List<ListItem> listItems(Model model, ListInfo info) {
        try (Stream<ListItem> items = client.lists().items(names.place(model).workspace().id(), model.id(), info.id(),
                false)) {
            return items.toList();
        }
    }

    private List<String> moduleNames(String modelId) {
        try (Stream<Module> modules = client.modules().list(modelId)) {
            return modules.map(Module::name).toList();
        }
    }

    private List<LineItem> lineItems(String modelId, String module) {
        try (Stream<LineItem> items = client.lineItems().list(modelId)) {
            return items.filter(li -> module == null || li.moduleName().equals(module)).toList();
        }
    }

    private static List<String> filter(List<String> modules, String only) {
        return only == null ? modules : modules.stream().filter(only::equals).toList();
    }

    /** The module's name as one of the two models spells it; unknown in both: exit 4. */
    private static String onlyModule(String wanted, List<String> oldModules, List<String> newModules) {
        List<String> both = Stream.concat(newModules.stream(), oldModules.stream()).distinct().toList();
        return NameResolver.resolve("Module", wanted, both, m -> m, m -> m, "in either model");
    }

    private static Place.Named named(Model model) {
        return new Place.Named(model.id(), model.name());
    }
}
