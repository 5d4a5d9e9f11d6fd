package dev.anaplanshell.completion;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;

import dev.anaplanshell.client.model.LineItem;
import dev.anaplanshell.client.model.Model;
import dev.anaplanshell.client.model.Module;
import dev.anaplanshell.client.model.Workspace;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.shell.core.command.CommandRegistry;
import org.springframework.shell.core.command.completion.CompletionContext;
import org.springframework.shell.core.command.completion.CompletionProposal;
import org.springframework.shell.core.command.completion.CompletionProvider;
import org.springframework.shell.core.command.completion.FileNameCompletionProvider;
import org.springframework.shell.jline.CommandCompleter;

/**
 * The completion providers commands refer to by name ({@code @Command(completionProvider = ...)}), one per
 * resource, each offering live names and IDs.
 */
@Configuration(proxyBeanMethods = false)
public class CompletionConfiguration {

    @Bean
    CommandCompleter commandCompleter(CommandRegistry registry) {
        return new ShellCompleter(registry);
    }

    @Bean
    CompletionProvider workspaceCompletion(LiveNames names) {
        return argument(0, named(names::workspaces, Workspace::id, Workspace::name));
    }

    @Bean
    CompletionProvider modelCompletion(LiveNames names) {
        return argument(0, named(names::models, Model::id, Model::name));
    }

    @Bean
    CompletionProvider moduleOptionCompletion(LiveNames names) {
        return option("module", named(names::modules, Module::id, Module::name));
    }

    @Bean
    CompletionProvider lineItemExportCompletion(LiveNames names) {
        CompletionProvider files = new FileNameCompletionProvider();
        CompletionProvider modules = moduleOptionCompletion(names);
        return ctx -> ShellCompleter.argumentIndex(ctx) == 0 ? files.apply(ctx) : modules.apply(ctx);
    }

    /**
     * {@code lineitems refs}: line items as {@code Module.Line Item} without quotes (JLine quotes or escapes the
     * whole word; quotes inside it would not match what is typed), and their IDs.
     */
    @Bean
    CompletionProvider lineItemCompletion(LiveNames names) {
        return argument(0, named(names::lineItems, LineItem::id, li -> li.moduleName() + "." + li.name()));
    }

    @Bean
    CompletionProvider lineItemGrepCompletion(LiveNames names) {
        CompletionProvider modules = moduleOptionCompletion(names);
        CompletionProvider fields = option("field", () -> Stream.of("formula", "name", "notes", "all")
                .map(CompletionProposal::new).toList());
        return ctx -> Stream.concat(modules.apply(ctx).stream(), fields.apply(ctx).stream()).toList();
    }

    @Bean
    CompletionProvider lineItemDiffCompletion(LiveNames names) {
        Supplier<List<CompletionProposal>> models = named(names::models, Model::id, Model::name);
        List<CompletionProvider> providers = List.of(option("model", models), option("against", models),
                moduleOptionCompletion(names));
        return ctx -> providers.stream().flatMap(p -> p.apply(ctx).stream()).toList();
    }

    @Bean
    CompletionProvider listDiffCompletion(LiveNames names,
            @Qualifier("listCompletion") CompletionProvider listCompletion) {
        Supplier<List<CompletionProposal>> models = named(names::models, Model::id, Model::name);
        List<CompletionProvider> providers = List.of(option("model", models), option("against", models),
                listCompletion);
        return ctx -> providers.stream().flatMap(p -> p.apply(ctx).stream()).toList();
    }

    @Bean
    CompletionProvider csvDiffCompletion() {
        CompletionProvider files = new FileNameCompletionProvider();
        return ctx -> ShellCompleter.argumentIndex(ctx) >= 0 ? files.apply(ctx) : List.of();
    }

    /** Proposes each object's name (JLine quotes or escapes it as needed) and its ID. */
    static <T> Supplier<List<CompletionProposal>> named(Supplier<List<T>> objects, Function<T, String> id,
            Function<T, String> name) {
        return () -> {
            List<CompletionProposal> proposals = new ArrayList<>();
            for (T o : objects.get()) {
                proposals.add(new CompletionProposal(name.apply(o)).displayText(name.apply(o))
                        .description(id.apply(o)).category("names"));
                proposals.add(new CompletionProposal(id.apply(o)).displayText(id.apply(o))
                        .description(name.apply(o)).category("IDs"));
            }
            return proposals;
        };
    }

    static CompletionProvider argument(int index, Supplier<List<CompletionProposal>> proposals) {
        return ctx -> ShellCompleter.argumentIndex(ctx) == index ? proposals.get() : List.of();
    }

    static CompletionProvider option(String longName, Supplier<List<CompletionProposal>> proposals) {
        return (CompletionContext ctx) -> ctx.getCommandOption() != null
                && longName.equals(ctx.getCommandOption().longName()) ? proposals.get() : List.of();
    }
}
