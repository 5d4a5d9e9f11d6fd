package dev.anaplanshell.shell;

import dev.anaplanshell.auth.TokenKeeper;
import dev.anaplanshell.core.Secrets;

import org.springframework.stereotype.Component;

/**
 * Which lines hold a secret in this session, used by the history file, {@code history}, {@code history save} and
 * {@code record} alike: {@link Secrets}' rule (lines that look like they carry one), and lines holding the
 * session's live secrets (its password or token, wherever they appear: {@code set SECRET <password>},
 * {@code echo <token>}).
 */
@Component
public class SecretFilter {

    private final TokenKeeper keeper;

    public SecretFilter(TokenKeeper keeper) {
        this.keeper = keeper;
    }

    /** The whole rule: a line that looks secret, or holds the session's password or token. */
    public boolean isSecret(String line) {
        return line != null && (Secrets.looksSecret(line) || keeper.holdsSecretIn(line));
    }
}
