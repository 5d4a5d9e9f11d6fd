package dev.anaplanshell.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TokenizerTest {

    @Test
    void should_split_on_blanks_and_keep_quoted_words_whole() {
        assertThat(Tokenizer.words("use-model 'FP&A Plan'")).containsExactly("use-model", "FP&A Plan");
        assertThat(Tokenizer.words("use-model \"Sales \\\"EU\\\" Forecast\"")).containsExactly("use-model",
                "Sales \"EU\" Forecast");
        assertThat(Tokenizer.words("lineitems export  a\\ b.csv --module=X")).containsExactly("lineitems", "export",
                "a b.csv", "--module=X");
        assertThat(Tokenizer.words("x --module='Rev & Cost' y")).containsExactly("x", "--module=Rev & Cost", "y");
    }

    @Test
    void should_keep_backslashes_literal_inside_single_quotes() {
        assertThat(Tokenizer.words("a 'C:\\temp\\x.csv'")).containsExactly("a", "C:\\temp\\x.csv");
    }

    @Test
    void should_expand_an_unquoted_tilde_at_the_start_of_a_word_or_after_an_options_equals_sign() {
        String home = System.getProperty("user.home");
        assertThat(Tokenizer.words("login --cert ~/certs/me.crt --key=~/me.key ~ x~/y '~/q' \\~/r ~bob"))
                .containsExactly("login", "--cert", home + "/certs/me.crt", "--key=" + home + "/me.key", home,
                        "x~/y", "~/q", "~/r", "~bob");
        assertThat(Tokenizer.words(Tokenizer.quote("~/literal"))).containsExactly("~/literal");
    }

    @Test
    void should_reject_an_unbalanced_quote_as_a_usage_error() {
        assertThatThrownBy(() -> Tokenizer.words("use-model 'FP&A"))
                .isInstanceOfSatisfying(ShellException.class, e -> assertThat(e.exitCode()).isEqualTo(2));
    }

    @Test
    void should_split_statements_only_at_unquoted_semicolons() {
        assertThat(Tokenizer.statements("use-model 'A;B'; lineitems list ;; status"))
                .containsExactly("use-model 'A;B'", "lineitems list", "status");
    }

    @Test
    void should_quote_words_so_that_they_split_back_unchanged() {
        for (String word : new String[] {"plain", "FP&A Plan", "it's", "a\"b", "", "x;y", "Zürich Office"}) {
            assertThat(Tokenizer.words("cmd " + Tokenizer.quote(word))).containsExactly("cmd", word);
        }
    }
}
