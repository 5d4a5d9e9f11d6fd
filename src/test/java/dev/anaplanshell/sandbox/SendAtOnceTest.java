package dev.anaplanshell.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The sandbox's server sends without waiting for acknowledgements (TCP_NODELAY), unless told otherwise. */
class SendAtOnceTest {

    private String before;

    @BeforeEach
    void remember() {
        before = System.getProperty(AnaplanSandbox.NO_DELAY);
        System.clearProperty(AnaplanSandbox.NO_DELAY);
    }

    @AfterEach
    void restore() {
        if (before == null) {
            System.clearProperty(AnaplanSandbox.NO_DELAY);
        } else {
            System.setProperty(AnaplanSandbox.NO_DELAY, before);
        }
    }

    @Test
    void should_ask_the_jdk_server_for_tcp_nodelay() {
        AnaplanSandbox.sendAtOnce();
        assertThat(System.getProperty(AnaplanSandbox.NO_DELAY)).isEqualTo("true");
    }

    @Test
    void should_leave_a_setting_the_user_chose() {
        System.setProperty(AnaplanSandbox.NO_DELAY, "false");
        AnaplanSandbox.sendAtOnce();
        assertThat(System.getProperty(AnaplanSandbox.NO_DELAY)).isEqualTo("false");
    }
}
