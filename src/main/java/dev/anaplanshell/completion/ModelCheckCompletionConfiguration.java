package dev.anaplanshell.completion;

import java.util.List;
import java.util.stream.Stream;

import dev.anaplanshell.client.model.Model;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.shell.core.command.completion.CompletionProposal;
import org.springframework.shell.core.command.completion.CompletionProvider;
import org.springframework.shell.core.command.completion.FileNameCompletionProvider;

/** Completion for {@code lineitems lint} and {@code model report}: live module and model names, files, severities. */
@Configuration(proxyBeanMethods = false)
public class ModelCheckCompletionConfiguration {

    @Bean
    CompletionProvider lintCompletion(LiveNames names) {
        CompletionProvider files = new FileNameCompletionProvider();
        List<CompletionProvider> providers = List.of(
                CompletionConfiguration.option("module", CompletionConfiguration.named(names::modules,
                        dev.anaplanshell.client.model.Module::id, dev.anaplanshell.client.model.Module::name)),
                CompletionConfiguration.option("fail-on", () -> Stream.of("error", "warning", "note")
                        .map(CompletionProposal::new).toList()),
                CompletionConfiguration.option("output", () -> Stream.of("table", "csv", "json", "sarif")
                        .map(CompletionProposal::new).toList()),
                ctx -> isOption(ctx, "rules") || isOption(ctx, "out") || isOption(ctx, "artifact") ? files.apply(ctx)
                        : List.of());
        return ctx -> providers.stream().flatMap(p -> p.apply(ctx).stream()).toList();
    }

    @Bean
    CompletionProvider modelReportCompletion(LiveNames names) {
        CompletionProvider files = new FileNameCompletionProvider();
        CompletionProvider models = CompletionConfiguration.option("model",
                CompletionConfiguration.named(names::models, Model::id, Model::name));
        return ctx -> ShellCompleter.argumentIndex(ctx) == 0 || isOption(ctx, "rules") ? files.apply(ctx)
                : models.apply(ctx);
    }

    private static boolean isOption(org.springframework.shell.core.command.completion.CompletionContext ctx,
            String longName) {
        return ctx.getCommandOption() != null && longName.equals(ctx.getCommandOption().longName());
    }
}
