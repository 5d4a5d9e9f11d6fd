package dev.anaplanshell.shell.seam;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.context.support.AbstractApplicationContext;
import org.springframework.context.support.GenericApplicationContext;

/** The shell's message source: default messages only, as Spring's own would give with no bundles. */
class NoMessagesTest {

    private final NoMessages messages = new NoMessages();

    @Test
    void should_give_the_default_message_formatted_with_its_arguments() {
        assertThat(messages.getMessage("x", null, "plain", Locale.ROOT)).isEqualTo("plain");
        assertThat(messages.getMessage("x", new Object[] {"a", 2}, "{0} and {1}", Locale.ROOT)).isEqualTo("a and 2");
        assertThat(messages.getMessage(new DefaultMessageSourceResolvable(new String[] {"c"}, new Object[] {"b"},
                "got {0}"), Locale.ROOT)).isEqualTo("got b");
        assertThat(messages.getMessage("x", null, null, Locale.ROOT)).isNull();
    }

    @Test
    void should_have_no_message_without_a_default() {
        assertThatThrownBy(() -> messages.getMessage("missing", null, Locale.ROOT))
                .isInstanceOf(NoSuchMessageException.class).hasMessageContaining("missing");
        assertThatThrownBy(() -> messages.getMessage(new DefaultMessageSourceResolvable("other"), Locale.ROOT))
                .isInstanceOf(NoSuchMessageException.class).hasMessageContaining("other");
    }

    @Test
    void should_be_the_message_source_a_context_takes_by_its_name() {
        try (GenericApplicationContext context = new GenericApplicationContext()) {
            context.registerBean(AbstractApplicationContext.MESSAGE_SOURCE_BEAN_NAME, MessageSource.class,
                    () -> messages);
            context.refresh();
            assertThat(context.getMessage("x", null, "from NoMessages", Locale.ROOT)).isEqualTo("from NoMessages");
            assertThat(context.getBean("messageSource")).isSameAs(messages);
        }
    }
}
