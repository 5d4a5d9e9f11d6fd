package dev.anaplanshell.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PagerTest {

    @TempDir
    Path dir;

    @Test
    void should_page_through_PAGER_when_set_and_not_at_all_when_it_is_empty() {
        assertThat(Pager.command("more", "/nowhere")).containsExactly("sh", "-c", "more");
        assertThat(Pager.command("", "/nowhere")).isNull();
    }

    @Test
    void should_use_less_when_on_the_path_else_jlines_own_pager() throws Exception {
        Path less = Files.createFile(dir.resolve("less"),
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));

        assertThat(Pager.command(null, less.getParent().toString())).containsExactly("less", "-SRFX");
        assertThat(Pager.command(null, dir.resolve("empty").toString())).isEmpty();
    }

    @Test
    void should_page_only_output_taller_than_the_terminal() {
        assertThat(Pager.taller("a\n".repeat(39), 40)).isFalse();
        assertThat(Pager.taller("a\n".repeat(40), 40)).isTrue();
        assertThat(Pager.taller("a\n".repeat(400), 0)).as("no known height").isFalse();
    }

    @Test
    void should_read_COLUMNS_as_a_positive_number_only() {
        assertThat(Output.columns("80")).isEqualTo(80);
        assertThat(Output.columns("wide")).isZero();
        assertThat(Output.columns(null)).isZero();
    }
}
