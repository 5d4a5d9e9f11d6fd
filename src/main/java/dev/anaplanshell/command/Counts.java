package dev.anaplanshell.command;

/** Counts in messages: "1 chunk", "2 chunks", never "1 chunks". */
final class Counts {

    private Counts() {
    }

    /** {@code n} and the noun, with an {@code s} unless {@code n} is 1. */
    static String of(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
