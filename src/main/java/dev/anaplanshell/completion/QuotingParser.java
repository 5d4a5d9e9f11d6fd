package dev.anaplanshell.completion;

import java.util.List;

import org.jline.reader.CompletingParsedLine;
import org.jline.reader.ParsedLine;
import org.jline.reader.impl.DefaultParser;

import dev.anaplanshell.shell.Tokenizer;

/**
 * JLine's parser, except that a completed name with blanks or shell characters is inserted in single quotes
 * ({@code use-model 'FP&A Plan'}) rather than backslash-escaped. Words the user already opened a quote for
 * are left to JLine, which closes the quote.
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
        int wordStart = parsed.cursor() - completing.rawWordCursor();
        boolean quoted = wordStart >= 0 && wordStart < line.length() && isQuoteChar(line, wordStart);
        return quoted ? parsed : new Quoting(completing);
    }

    private record Quoting(CompletingParsedLine parsed) implements CompletingParsedLine {

        @Override
        public CharSequence escape(CharSequence candidate, boolean complete) {
            String quoted = Tokenizer.quote(candidate.toString());
            return quoted.equals(candidate.toString()) ? parsed.escape(candidate, complete) : quoted;
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
