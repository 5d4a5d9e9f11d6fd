package dev.anaplanshell.completion;

import java.util.List;
import java.util.function.Supplier;

import dev.anaplanshell.client.model.DimensionItem;
import dev.anaplanshell.client.model.LineItem;
import dev.anaplanshell.client.model.ListInfo;
import dev.anaplanshell.client.model.Module;
import dev.anaplanshell.client.model.View;
import dev.anaplanshell.session.ModelNames;
import dev.anaplanshell.session.Session;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.shell.core.command.completion.CompletionContext;
import org.springframework.shell.core.command.completion.CompletionProvider;
import org.springframework.shell.core.command.completion.FileNameCompletionProvider;

/**
 * Completion of the current model's lists, views, line items and dimensions (bounded to 2 s, nothing when logged
 * out or without a model), and of the files the transactional commands read and write.
 */
@Configuration(proxyBeanMethods = false)
public class TransactionalCompletion {

    @Bean
    CompletionProvider listCompletion(ModelNames names, Session session) {
        return CompletionConfiguration.argument(0, lists(names, session));
    }

    @Bean
    CompletionProvider listWriteCompletion(ModelNames names, Session session) {
        CompletionProvider files = new FileNameCompletionProvider();
        CompletionProvider lists = listCompletion(names, session);
        return ctx -> fileOption(ctx) ? files.apply(ctx) : lists.apply(ctx);
    }

    @Bean
    CompletionProvider viewCompletion(ModelNames names, Session session) {
        return CompletionConfiguration.argument(0, views(names, session));
    }

    @Bean
    CompletionProvider viewExportCompletion(ModelNames names, Session session) {
        CompletionProvider files = new FileNameCompletionProvider();
        CompletionProvider views = viewCompletion(names, session);
        return ctx -> ShellCompleter.argumentIndex(ctx) == 1 ? files.apply(ctx) : views.apply(ctx);
    }

    @Bean
    CompletionProvider dimensionCompletion(ModelNames names, Session session) {
        return CompletionConfiguration.argument(0, CompletionConfiguration.named(
                () -> bounded(session, names::dimensions), DimensionItem::id, DimensionItem::name));
    }

    @Bean
    CompletionProvider lineItemNameCompletion(ModelNames names, Session session) {
        return CompletionConfiguration.argument(0, CompletionConfiguration.named(
                () -> bounded(session, names::lineItems), LineItem::id, LineItem::name));
    }

    @Bean
    CompletionProvider cellsWriteCompletion(LiveNames live) {
        CompletionProvider files = new FileNameCompletionProvider();
        CompletionProvider modules = CompletionConfiguration.argument(0,
                CompletionConfiguration.named(live::modules, Module::id, Module::name));
        return ctx -> fileOption(ctx) ? files.apply(ctx) : modules.apply(ctx);
    }

    private static Supplier<List<org.springframework.shell.core.command.completion.CompletionProposal>> lists(
            ModelNames names, Session session) {
        return CompletionConfiguration.named(() -> bounded(session, names::lists), ListInfo::id, ListInfo::name);
    }

    private static Supplier<List<org.springframework.shell.core.command.completion.CompletionProposal>> views(
            ModelNames names, Session session) {
        return CompletionConfiguration.named(() -> bounded(session, names::views), View::id, View::name);
    }

    private static boolean fileOption(CompletionContext ctx) {
        return ctx.getCommandOption() != null && List.of("from", "rejected").contains(ctx.getCommandOption().longName());
    }

    private static <T> List<T> bounded(Session session, Supplier<List<T>> load) {
        return session.loggedIn() && session.place().model() != null ? LiveNames.within(load) : List.of();
    }
}
