package dev.anaplanshell.client;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The JDK client's read buffer: 256 KiB unless the user chose a size. */
class HttpClientsTest {

    private static final String KEY = "jdk.httpclient.bufsize";
    private String before;

    @BeforeEach
    void remember() {
        before = System.getProperty(KEY);
        System.clearProperty(KEY);
    }

    @AfterEach
    void restore() {
        if (before == null) {
            System.clearProperty(KEY);
        } else {
            System.setProperty(KEY, before);
        }
    }

    @Test
    void should_read_in_256_kib_buffers_by_default() {
        HttpClients.readInLargeBuffers();
        assertThat(System.getProperty(KEY)).isEqualTo("262144");
    }

    @Test
    void should_leave_a_size_the_user_chose() {
        System.setProperty(KEY, "32768");
        HttpClients.readInLargeBuffers();
        assertThat(System.getProperty(KEY)).isEqualTo("32768");
    }
}
