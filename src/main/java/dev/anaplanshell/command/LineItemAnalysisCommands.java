package dev.anaplanshell.command;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import dev.anaplanshell.client.AnaplanClient;
import dev.anaplanshell.client.model.LineItem;
import dev.anaplanshell.completion.Completes;
import dev.anaplanshell.completion.Kind;
import dev.anaplanshell.core.ShellException;
import dev.anaplanshell.formula.FormulaColumns;
import dev.anaplanshell.formula.LineItemIndex;
import dev.anaplanshell.formula.ReferenceWalk.Direction;
import dev.anaplanshell.formula.ReferenceWalk;
import dev.anaplanshell.formula.ReferenceTree;
import dev.anaplanshell.formula.Search;
import dev.anaplanshell.render.Output;
import dev.anaplanshell.render.OutputFormat;
import dev.anaplanshell.session.ModelNames;
import dev.anaplanshell.session.Place;
import dev.anaplanshell.session.Session;

import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.annotation.Argument;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.shell.core.command.annotation.Option;
import org.springframework.stereotype.Component;

/** {@code lineitems grep}, {@code lineitems refs}: searching formulas and following references. */
@Component
public class LineItemAnalysisCommands {

    private final AnaplanClient client;
    private final Session session;
    private final ModelNames names;
    private final Output output;

    public LineItemAnalysisCommands(AnaplanClient client, Session session, ModelNames names, Output output) {
        this.client = client;
        this.session = session;
        this.names = names;
        this.output = output;
    }

    @Command(name = "lineitems grep", group = "Model",
            description = "Find line items whose formula, name or notes contain a text or match a regex",
            help = "Case-insensitive unless --case-sensitive. One row per matching field; matches are highlighted "
                    + "in tables on a terminal (never with --no-color or NO_COLOR set).")
    public void grep(@Argument(index = 0, description = "the text, or with --regex a Java regular expression")
            String pattern,
            @Option(longName = "regex", description = "PATTERN is a regular expression") Boolean regex,
            @Option(longName = "field", description = "formula, name, notes or all (default)")
            @Completes(choices = {"formula", "name", "notes", "all"}) String field,
            @Option(longName = "module", shortName = 'm', description = "only this module (name or ID)")
            @Completes(Kind.MODULE) String module,
            @Option(longName = "case-sensitive", description = "match case exactly") Boolean caseSensitive,
            @Option(longName = "output", shortName = 'o', description = "table, csv or json") String format,
            CommandContext ctx) {
        Search search = new Search(Arguments.required(pattern, "lineitems grep PATTERN"), Boolean.TRUE.equals(regex),
                Boolean.TRUE.equals(caseSensitive), Search.Field.parse(field));
        OutputFormat.parse(format);
        session.requireConnection();
        String modelId = session.requireModel().id();
        Stream<LineItem> items = module == null ? client.lineItems().list(modelId)
                : client.lineItems().list(modelId, names.module(module).id());
        output.listHighlighted(ctx, FormulaColumns.GREP, search.hits(items), format, search::matches);
    }

    @Command(name = "lineitems refs", group = "Model",
            description = "Show what a line item references and what references it, as a tree",
            help = "LINEITEM: Module.Line Item ('CAL01 Revenue'.Net Revenue), a name unique in the model, or an ID. "
                    + "up: what its formula references; down: what references it. Cycles are reported, not "
                    + "followed. CSV and JSON list the edges.")
    public void refs(@Argument(index = 0, description = "Module.Line Item, unique name or ID")
            @Completes(Kind.LINE_ITEM) String lineItem,
            @Option(longName = "depth", description = "levels to follow (default: all)") Integer depth,
            @Option(longName = "direction", description = "up, down or both (default)") String direction,
            @Option(longName = "output", shortName = 'o', description = "table, csv or json") String format,
            CommandContext ctx) {
        String wanted = Arguments.required(lineItem, "lineitems refs LINEITEM [--depth N] [--direction up|down|both]");
        if (depth != null && depth < 1) {
            throw ShellException.usage("--depth must be 1 or more: " + depth);
        }
        List<Direction> directions = directions(direction);
        OutputFormat parsed = OutputFormat.parse(format);
        session.requireConnection();
        Place.Named model = session.requireModel();
        LineItemIndex index = new LineItemIndex(model.name(), names.lineItems());
        LineItem root = index.find(wanted);
        ReferenceWalk walk = new ReferenceWalk(index);
        List<ReferenceWalk.Result> walks = new ArrayList<>();
        for (Direction d : directions) {
            walks.add(walk.walk(root, d, depth == null ? 0 : depth));
        }
        if (parsed == OutputFormat.TABLE) {
            output.lines(ctx, ReferenceTree.lines(walks));
        } else {
            output.list(ctx, FormulaColumns.REFERENCE_EDGES, walks.stream().flatMap(w -> w.steps().stream()), format);
        }
    }

    private static List<Direction> directions(String text) {
        String d = text == null ? "both" : text.strip().toLowerCase(Locale.ROOT);
        return switch (d) {
            case "up" -> List.of(Direction.UP);
            case "down" -> List.of(Direction.DOWN);
            case "both" -> List.of(Direction.UP, Direction.DOWN);
            default -> throw ShellException.usage("unknown direction '" + text + "': use up, down or both");
        };
    }
}
