package dev.anaplanshell.completion;

import java.util.List;

import dev.anaplanshell.session.Variables;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.shell.core.command.completion.CompletionProposal;
import org.springframework.shell.core.command.completion.CompletionProvider;
import org.springframework.shell.core.command.completion.FileNameCompletionProvider;

/** Completion for the scripting commands: file names, and the session's variable names. */
@Configuration(proxyBeanMethods = false)
public class ScriptCompletion {

    @Bean
    CompletionProvider scriptFileCompletion() {
        CompletionProvider files = new FileNameCompletionProvider();
        return ctx -> ShellCompleter.argumentIndex(ctx) == 0 ? files.apply(ctx) : List.of();
    }

    @Bean
    CompletionProvider variableCompletion(Variables variables) {
        return ctx -> ShellCompleter.argumentIndex(ctx) != 0 ? List.of()
                : variables.all().keySet().stream().sorted().map(CompletionProposal::new).toList();
    }
}
