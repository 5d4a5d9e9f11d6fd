package dev.anaplanshell.completion;

import java.util.List;

import dev.anaplanshell.session.ActiveProfile;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.shell.core.command.completion.CompletionProposal;
import org.springframework.shell.core.command.completion.CompletionProvider;

/** Profile names for {@code profile use} and {@code profile remove}, read from the profiles file (never throws). */
@Configuration(proxyBeanMethods = false)
public class ProfileCompletionConfiguration {

    @Bean
    CompletionProvider profileCompletion(ActiveProfile active) {
        return CompletionConfiguration.argument(0, () -> {
            try {
                return active.profiles().list().stream()
                        .map(p -> new CompletionProposal(p.name()).displayText(p.name()).description(p.loginKind()))
                        .toList();
            } catch (RuntimeException e) {
                return List.of();
            }
        });
    }
}
