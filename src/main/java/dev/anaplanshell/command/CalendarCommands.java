package dev.anaplanshell.command;

import java.util.List;

import dev.anaplanshell.client.AnaplanClient;
import dev.anaplanshell.client.model.CurrentPeriod;
import dev.anaplanshell.client.model.ModelCalendar;
import dev.anaplanshell.render.Column;
import dev.anaplanshell.render.Output;
import dev.anaplanshell.render.TransactionalColumns;
import dev.anaplanshell.session.Session;

import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.annotation.Argument;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.shell.core.command.annotation.Option;
import org.springframework.stereotype.Component;

/** {@code versions list}, {@code calendar show}, {@code current-period show|set}. */
@Component
public class CalendarCommands {

    static final List<Column<ModelCalendar>> CALENDAR = List.of(
            Column.of("calendarType", ModelCalendar::calendarType),
            Column.of("fiscalYear", c -> c.fiscalYear() == null ? null : c.fiscalYear().year()),
            Column.of("fiscalYearStart", c -> c.fiscalYear() == null ? null : c.fiscalYear().startDate()),
            Column.of("fiscalYearEnd", c -> c.fiscalYear() == null ? null : c.fiscalYear().endDate()),
            Column.of("pastYearsCount", ModelCalendar::pastYearsCount),
            Column.of("futureYearsCount", ModelCalendar::futureYearsCount),
            Column.of("currentPeriod", c -> c.currentPeriod() == null ? null : c.currentPeriod().periodText()));

    static final List<Column<CurrentPeriod>> CURRENT_PERIOD = List.of(
            Column.of("periodText", CurrentPeriod::periodText),
            Column.of("lastDay", CurrentPeriod::lastDay),
            Column.of("calendarType", CurrentPeriod::calendarType));

    private final AnaplanClient client;
    private final Session session;
    private final Output output;
    private final Confirmation confirmation;

    public CalendarCommands(AnaplanClient client, Session session, Output output, Confirmation confirmation) {
        this.confirmation = confirmation;
        this.client = client;
        this.session = session;
        this.output = output;
    }

    @Command(name = "versions list", group = "Calendar", description = "List the versions of the current model")
    public void versions(@Option(longName = "output", shortName = 'o', description = "table, csv or json") String format,
            @Option(longName = "out", description = "write to this file instead") String out, CommandContext ctx) {
        output.list(ctx, TransactionalColumns.VERSIONS, client.calendar().versions(model()), format, out);
    }

    @Command(name = "calendar show", group = "Calendar", description = "Show the model calendar and fiscal year")
    public void calendar(@Option(longName = "output", shortName = 'o', description = "table, csv or json") String format,
            CommandContext ctx) {
        output.single(ctx, CALENDAR, client.calendar().calendar(model()), format);
    }

    @Command(name = "current-period show", group = "Calendar", description = "Show the model's current period")
    public void show(@Option(longName = "output", shortName = 'o', description = "table, csv or json") String format,
            CommandContext ctx) {
        output.single(ctx, CURRENT_PERIOD, client.calendar().currentPeriod(model()), format);
    }

    @Command(name = "current-period set", group = "Calendar",
            description = "Set the current period to the one holding DATE (YYYY-MM-DD); 'reset' clears it",
            help = "Anaplan warns that changing time settings may drop data outside the new range.")
    public void set(@Argument(index = 0, description = "a date, YYYY-MM-DD") String date,
            @Option(longName = "yes", shortName = 'y', description = "do not ask first (needed in scripts)") Boolean yes,
            @Option(longName = "dry-run", description = "show what would be sent, send nothing") Boolean dryRun,
            CommandContext ctx) {
        String given = Arguments.required(date, "current-period set DATE|reset").strip();
        String value = given.equalsIgnoreCase("reset") ? "" : given;
        if (!value.isEmpty() && !value.matches("\\d{4}-\\d{2}-\\d{2}")) {
            throw dev.anaplanshell.core.ShellException.usage("the date must be YYYY-MM-DD, got '" + value + "'");
        }
        String modelId = model();
        if (!confirmation.proceed(ctx, "current-period set", yes, dryRun, value.isEmpty() ? "Reset the current period"
                : "Set the current period to the one holding " + value, Confirmation.sent("modelId", modelId,
                "date", value))) {
            return;
        }
        CurrentPeriod period = client.calendar().setCurrentPeriod(modelId, value);
        String text = period.periodText() == null ? "" : period.periodText();
        boolean lastDay = period.lastDay() != null && !period.lastDay().isEmpty();
        output.line(ctx, text.isEmpty() ? (value.isEmpty() ? "Current period reset" : "Current period set to " + value)
                : "Current period is now " + text + (lastDay ? " (last day " + period.lastDay() + ")" : ""));
    }

    private String model() {
        session.requireConnection();
        return session.requireModel().id();
    }
}
