package dev.anaplanshell.shell.seam;

import java.text.MessageFormat;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.NoSuchMessageException;

/**
 * The context's message source: the shell has no message bundles, so only default messages exist. Spring's own
 * default ({@code DelegatingMessageSource}) lists every locale the JDK has when its class loads, a tenth of a second
 * of every start; this does the same job without.
 */
final class NoMessages implements MessageSource {

    @Override
    public String getMessage(String code, Object[] args, String defaultMessage, Locale locale) {
        return render(defaultMessage, args, locale);
    }

    @Override
    public String getMessage(String code, Object[] args, Locale locale) {
        throw new NoSuchMessageException(code, locale);
    }

    @Override
    public String getMessage(MessageSourceResolvable resolvable, Locale locale) {
        String message = resolvable.getDefaultMessage();
        if (message == null) {
            String[] codes = resolvable.getCodes();
            throw new NoSuchMessageException(codes != null && codes.length > 0 ? codes[codes.length - 1] : "",
                    locale);
        }
        return render(message, resolvable.getArguments(), locale);
    }

    private static String render(String message, Object[] args, Locale locale) {
        if (message == null || args == null || args.length == 0) {
            return message;
        }
        return new MessageFormat(message, locale == null ? Locale.getDefault() : locale).format(args);
    }
}
