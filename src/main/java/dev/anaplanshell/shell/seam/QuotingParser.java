package dev.anaplanshell.shell.seam;

import java.util.List;

import dev.anaplanshell.core.Tokenizer;

import org.jline.reader.CompletingParsedLine;
import org.jline.reader.ParsedLine;
import org.jline.reader.impl.DefaultParser;

/**
 * JLine's parser, except that completions are inserted as a POSIX shell user would type them, in one style: a
 * name with blanks or shell characters goes in single quotes ({@code use-model 'FP&A Plan'}), never
 * backslash-escaped, whether or not the user opened a quote, and also when the word mixes quoted and bare parts
 * ({@code 'CAL07 Cash Flow'.Col} becomes {@code 'CAL07 Cash Flow.Collections'}). The quote is closed only when the
 * completion is whole: a prefix that several names share ({@code 'FP&A Plan} for {@code FP&A Plan} and
 * {@code FP&A Plan (DEV)}) stays open, so typing on continues the name.
 */
public class QuotingParser extends DefaultParser {

    public QuotingParser() {
        eofOnUnclosedQuote(true);
        eofOnEscapedNewLine(true);
    }

    @Override
    public ParsedLine parse(String line, int cursor, ParseContext context) {
        ParsedLine parsed = super.parse(line, cursor, context);
        if (context != ParseContext.COMPLETE || !(parsed instanceof CompletingParsedLine completing)) {
            return parsed;
        }
        return new Quoting(completing);
    }

    /** The word as it is inserted: quoted when it must be, the closing quote only when {@code complete}. */
    static String quote(String word, boolean complete) {
        if (Tokenizer.quote(word).equals(word)) {
            return word;
        }
        String open = "'" + word.replace("'", "'\\''");
        return complete ? open + "'" : open;
    }

    private record Quoting(CompletingParsedLine parsed) implements CompletingParsedLine {

        @Override
        public CharSequence escape(CharSequence candidate, boolean complete) {
            return quote(candidate.toString(), complete);
        }

        @Override
        public int rawWordCursor() {
            return parsed.rawWordCursor();
        }

        @Override
        public int rawWordLength() {
            return parsed.rawWordLength();
        }

        @Override
        public String word() {
            return parsed.word();
        }

        @Override
        public int wordCursor() {
            return parsed.wordCursor();
        }

        @Override
        public int wordIndex() {
            return parsed.wordIndex();
        }

        @Override
        public List<String> words() {
            return parsed.words();
        }

        @Override
        public String line() {
            return parsed.line();
        }

        @Override
        public int cursor() {
            return parsed.cursor();
        }
    }
}
