package dev.anaplanshell.lint;

import java.util.function.Consumer;

/** One kind of check; a {@link Rule} runs it with its parameters. */
@FunctionalInterface
interface Check {
    void run(Rule rule, LintModel model, Consumer<Finding> findings);
}
