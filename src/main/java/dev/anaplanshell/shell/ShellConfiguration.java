package dev.anaplanshell.shell;

import dev.anaplanshell.auth.OAuthTokens;
import dev.anaplanshell.auth.TokenKeeper;
import dev.anaplanshell.client.AnaplanClient;
import dev.anaplanshell.client.HttpSettings;
import dev.anaplanshell.client.HttpTrace;
import dev.anaplanshell.client.Sleeper;
import dev.anaplanshell.command.Confirmation;
import dev.anaplanshell.core.Consoles;
import dev.anaplanshell.core.Version;
import dev.anaplanshell.render.Output;
import dev.anaplanshell.render.OutputSettings;
import dev.anaplanshell.render.TerminalText;
import dev.anaplanshell.session.ActiveProfile;
import dev.anaplanshell.session.Journal;
import dev.anaplanshell.session.Place;
import dev.anaplanshell.session.Session;
import dev.anaplanshell.session.Variables;

import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStyle;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.shell.core.autoconfigure.TerminalCustomizer;
import org.springframework.shell.core.command.CommandParser;
import org.springframework.shell.core.command.CommandRegistry;
import org.springframework.shell.jline.PromptProvider;

/**
 * Spring wiring of the shell: the client, the runners, the terminal and the prompt. The beans that replace Spring
 * Shell's own are in {@code shell.seam}.
 */
@Configuration(proxyBeanMethods = false)
public class ShellConfiguration {

    static final String USER_AGENT = "anaplan-shell/" + Version.current();

    @Bean(destroyMethod = "close")
    AnaplanClient anaplanClient(ShellSettings settings, TokenKeeper tokens, ObjectProvider<HttpSettings> http) {
        return new AnaplanClient(settings.endpoints(), tokens, USER_AGENT,
                settings.debug() ? HttpTrace.to(System.err) : HttpTrace.off(),
                http.getIfAvailable(() -> HttpSettings.DEFAULTS), Sleeper.REAL);
    }

    @Bean
    ErrorHandler errorHandler(ShellSettings settings) {
        return new ErrorHandler(settings.debug());
    }

    @Bean
    CommandRunner commandRunner(CommandRegistry registry, CommandParser parser, ErrorHandler errors,
            Variables variables, Journal journal, ShellSettings settings) {
        return new CommandRunner(registry, parser, errors, variables, journal, settings.run().timing());
    }

    @Bean
    ScriptRunner scriptRunner(CommandRunner commands, Journal journal, ShellSettings settings) {
        return new ScriptRunner(commands, journal, settings.run().continueOnError());
    }

    /** The refresh-token store in the configuration folder. */
    @Bean
    OAuthTokens oauthTokens(ShellSettings settings) {
        return new OAuthTokens(settings.home());
    }

    /** The profiles in the configuration folder, and the one {@code --profile} names. */
    @Bean
    ActiveProfile activeProfile(ShellSettings settings) {
        return new ActiveProfile(settings.home(), settings.profile());
    }

    /** Asks before a change to a model at the prompt; a script ({@code -c}, {@code -f}) needs {@code --yes}. */
    @Bean
    Confirmation confirmation(ShellSettings settings, Output output, Journal journal) {
        return new Confirmation(settings.script() == null, output, journal);
    }

    /** The session's variables, starting with {@code -v NAME=VALUE}. */
    @Bean
    Variables variables(ShellSettings settings) {
        return new Variables(settings.run().variables(), System::getenv);
    }

    /** The session's commands: the history file's secret rule keeps secrets out of them too. */
    @Bean
    Journal journal(SecretFilter secrets) {
        return new Journal(secrets::isSecret);
    }

    @Bean
    OutputSettings outputSettings(ShellSettings settings) {
        return settings.run().output();
    }

    /**
     * Without a console (CI, pipes) a dumb terminal, and no warning about it. Otherwise only JLine's native provider
     * where it loads: JLine checks every provider it is given, and its exec provider starts {@code test -t} and
     * {@code tty} processes (each a fork of this JVM) before the prompt can be drawn. The terminal's description
     * was read meanwhile ({@link Terminals#prepareInBackground()}).
     */
    @Bean
    TerminalCustomizer terminalProvider() {
        return builder -> {
            Terminals.awaitPrepared();
            if (Consoles.interactive() == null) {
                builder.dumb(true);
            } else if (Terminals.nativeProvider()) {
                builder.provider("jni");
            }
        };
    }

    /** {@code anaplan:Workspace/Model>}, showing where the session is. */
    @Bean
    PromptProvider promptProvider(Session session, OutputSettings output) {
        return () -> {
            Place place = session.place();
            StringBuilder prompt = new StringBuilder("anaplan");
            if (!session.loggedIn()) {
                prompt.append(" (not logged in)");
            } else if (place.workspace() != null) {
                prompt.append(':').append(TerminalText.clean(place.workspace().name()));
                if (place.model() != null) {
                    prompt.append('/').append(TerminalText.clean(place.model().name()));
                }
            }
            prompt.append("> ");
            return new AttributedString(prompt, output.color() ? AttributedStyle.DEFAULT.foreground(AttributedStyle.CYAN)
                    : AttributedStyle.DEFAULT);
        };
    }
}
