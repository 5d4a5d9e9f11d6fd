package dev.anaplanshell.completion;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * What a command's argument or option value completes to, declared on the parameter beside its {@code @Argument}
 * or {@code @Option}: {@code @Argument(index = 0, description = "model name or ID") @Completes(Kind.MODEL) String
 * model}. The completer finds the parameter under the cursor (by option name or argument position) and asks
 * {@link Completions} for that kind, so reordering arguments or adding options needs no completion code.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.PARAMETER)
public @interface Completes {

    /** The kind of name; {@link Kind#CHOICE} with {@link #choices()}. */
    Kind value() default Kind.CHOICE;

    /** The fixed values of a {@link Kind#CHOICE}, in the order offered. */
    String[] choices() default {};
}
