package dev.anaplanshell.command;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.anaplanshell.client.AnaplanClient;
import dev.anaplanshell.client.Views;
import dev.anaplanshell.client.model.DimensionItem;
import dev.anaplanshell.client.model.NamedRef;
import dev.anaplanshell.client.model.View;
import dev.anaplanshell.client.model.ViewMetadata;
import dev.anaplanshell.completion.Completes;
import dev.anaplanshell.completion.Kind;
import dev.anaplanshell.core.ShellException;
import dev.anaplanshell.render.Output;
import dev.anaplanshell.render.OutputFormat;
import dev.anaplanshell.render.TransactionalColumns;
import dev.anaplanshell.session.ModelNames;
import dev.anaplanshell.session.NameResolver;
import dev.anaplanshell.session.Session;

import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.annotation.Argument;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.shell.core.command.annotation.Option;
import org.springframework.stereotype.Component;

/** {@code views list}, {@code views show}, {@code views export}. */
@Component
public class ViewCommands {

    private final AnaplanClient client;
    private final Session session;
    private final ModelNames modelNames;
    private final Output output;

    public ViewCommands(AnaplanClient client, Session session, ModelNames modelNames, Output output) {
        this.client = client;
        this.session = session;
        this.modelNames = modelNames;
        this.output = output;
    }

    @Command(name = "views list", group = "Views", description = "List the views of the current model, or of one module")
    public void list(@Option(longName = "module", shortName = 'm', description = "module name or ID")
            @Completes(Kind.MODULE) String module,
            @Option(longName = "output", shortName = 'o', description = "table, csv or json") String format,
            @Option(longName = "out", description = "write to this file instead") String out, CommandContext ctx) {
        session.requireConnection();
        String modelId = session.requireModel().id();
        output.list(ctx, TransactionalColumns.VIEWS, module == null ? client.views().list(modelId)
                : client.views().list(modelId, modelNames.module(module).id()), format, out);
    }

    @Command(name = "views show", group = "Views", description = "Show the dimensions on a view's rows, columns and pages")
    public void show(@Argument(index = 0, description = "view name or ID") @Completes(Kind.VIEW) String view,
            @Option(longName = "output", shortName = 'o', description = "table, csv or json") String format,
            @Option(longName = "out", description = "write to this file instead") String out, CommandContext ctx) {
        ViewMetadata m = metadata(modelNames.view(Arguments.required(view, "views show VIEW")));
        List<TransactionalColumns.Axis> axes = new ArrayList<>();
        m.rows().forEach(d -> axes.add(new TransactionalColumns.Axis("rows", d)));
        m.columns().forEach(d -> axes.add(new TransactionalColumns.Axis("columns", d)));
        m.pages().forEach(d -> axes.add(new TransactionalColumns.Axis("pages", d)));
        output.list(ctx, TransactionalColumns.VIEW_AXES, axes.stream(), format, out);
    }

    @Command(name = "views export", group = "Views", description = "Write a view's cells to a file (CSV, or JSON with -o json)",
            help = "Views over 1,000,000 cells (or with --large) are read with a large-volume read request: every page, "
                    + "tabular layout, CSV only. The data streams to the file, which is written whole or not at all.")
    public void export(@Argument(index = 0, description = "view name or ID") @Completes(Kind.VIEW) String view,
            @Argument(index = 1, description = "the file to write") @Completes(Kind.FILE) String file,
            @Option(longName = "pages", description = "page items: DIM=ITEM,... (names or IDs)") String pages,
            @Option(longName = "large", description = "use a large-volume read request") Boolean large,
            @Option(longName = "output", shortName = 'o', description = "csv or json") String format,
            CommandContext ctx) {
        String usage = "views export VIEW FILE [--pages DIM=ITEM,...] [-o csv|json] [--large]";
        View v = modelNames.view(Arguments.required(view, usage));
        Path target = Path.of(Arguments.required(file, usage));
        OutputFormat chosen = format == null ? OutputFormat.CSV : OutputFormat.parse(format);
        if (chosen == OutputFormat.TABLE || (chosen == OutputFormat.JSON && Boolean.TRUE.equals(large))) {
            throw ShellException.usage("views export writes csv or json (json not with --large)");
        }
        Map<String, String> selected = pages == null || pages.isBlank() ? Map.of() : selectors(v, pages);
        Views.Data data = client.views().data(session.requireWorkspace().id(), session.requireModel().id(), v.id(),
                selected, chosen == OutputFormat.JSON ? Views.Format.JSON : Views.Format.CSV, Boolean.TRUE.equals(large));
        long lines = output.copy(data.body(), target);
        output.line(ctx, "Exported view '" + v.name() + "' to " + target + " (" + Counts.of(lines, "line")
                + (data.large() ? ", large-volume read" : "") + ")");
    }

    /** {@code DIM=ITEM,...} to page dimension id to item id, by names or IDs among the view's page dimensions. */
    private Map<String, String> selectors(View view, String pages) {
        ViewMetadata m = metadata(view);
        Map<String, String> selected = new LinkedHashMap<>();
        for (String pair : pages.split(",")) {
            String[] parts = pair.split("=", 2);
            if (parts.length != 2 || parts[0].isBlank() || parts[1].isBlank()) {
                throw ShellException.usage("--pages takes DIM=ITEM,... but got '" + pair.strip() + "'");
            }
            NamedRef dim = NameResolver.resolve("Page dimension", parts[0], m.pages(), NamedRef::id, NamedRef::name,
                    "on view '" + view.name() + "'");
            List<DimensionItem> items = client.views().dimensionItems(session.requireModel().id(), view.id(), dim.id())
                    .toList();
            DimensionItem item = NameResolver.resolve("Item", parts[1], items, DimensionItem::id, DimensionItem::name,
                    "in '" + dim.name() + "'");
            selected.put(dim.id(), item.id());
        }
        return selected;
    }

    private ViewMetadata metadata(View view) {
        return client.views().metadata(session.requireModel().id(), view.id());
    }
}
