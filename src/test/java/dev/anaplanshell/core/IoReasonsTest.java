package dev.anaplanshell.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;

import org.junit.jupiter.api.Test;

class IoReasonsTest {

    @Test
    void should_say_why_in_a_few_words_without_the_file_name() {
        assertThat(IoReasons.of(new AccessDeniedException("/tmp/.x.csv.tmp123"))).isEqualTo("permission denied");
        assertThat(IoReasons.of(new NoSuchFileException("/nowhere/x.csv"))).isEqualTo("no such file or folder");
        assertThat(IoReasons.of(new FileSystemException("/tmp/.x.csv.tmp123", null, " No space left on device ")))
                .isEqualTo("No space left on device");
    }

    @Test
    void should_never_be_blank() {
        assertThat(IoReasons.of(new FileSystemException("/tmp/x"))).isEqualTo(IoReasons.UNKNOWN);
        assertThat(IoReasons.of(new IOException(" "))).isEqualTo("input/output error");
        assertThat(IoReasons.of(new IOException("Broken pipe"))).isEqualTo("Broken pipe");
    }
}
