/**
 * The seam between the shell and Spring Shell 4.0.1: every class that replaces, bypasses or works around a part of
 * Spring Shell lives here, and nowhere else does the shell read a command's annotations ({@link
 * dev.anaplanshell.shell.seam.CommandModel}). Spring Shell and JLine stay the stack; this package is what would
 * shrink when a newer Spring Shell resolves here (4.0.2 and 4.0.3 exist upstream but do not resolve from this
 * machine's Maven Central; the fixes below were read in the upstream history between the v4.0.1 and v4.0.3 tags).
 *
 * <table>
 * <caption>Workarounds, the release that makes each removable, and what to delete then</caption>
 * <tr><th>workaround</th><th>why</th><th>removable with</th><th>then delete</th></tr>
 * <tr><td>{@code SeamConfiguration.commandRegistry}, {@code LazyCommand}</td>
 * <td>4.0.1's registry scans the class path and creates every command's bean (with the HTTP client, Jackson and the
 * validator) before the first command runs: about half the start-up.</td>
 * <td>none known: 4.0.3 reads bean definitions instead of scanning (#1351) but its {@code CommandFactoryBean} still
 * creates each command's bean and validator at registration.</td>
 * <td>-</td></tr>
 * <tr><td>{@code UnconstrainedValidator}</td>
 * <td>{@code MethodInvokerCommandAdapter} validates every run with Hibernate Validator (~700 classes).</td>
 * <td>none known (4.0.3 still validates every run)</td><td>-</td></tr>
 * <tr><td>{@code LazyCommand.execute}'s check of extra arguments; {@code command.Arguments.required}</td>
 * <td>too many positional arguments are ignored; a missing one arrives as an empty string.</td>
 * <td>none known (4.0.3 adds argument registration, #1344, and arity, but neither check)</td><td>-</td></tr>
 * <tr><td>{@code ShellCommandParser} (bean {@code commandParser})</td>
 * <td>4.0.1's parser knows only double quotes, looks boolean options up on the root command, ignores unknown
 * options and takes a group's name alone as a command.</td>
 * <td>partly 4.0.2 (boolean flags in sub-commands); quoting and unknown options: none known (4.0.3's parser still
 * splits on double quotes only)</td>
 * <td>nothing yet; the listing options ({@code --columns}, {@code --sort}, {@code --out}) are the shell's own and
 * stay in any case.</td></tr>
 * <tr><td>{@code ShellCompleter} (bean {@code commandCompleter}), {@code QuotingParser}</td>
 * <td>4.0.1's completer loses the command once a positional argument is typed and proposes whole multi-word
 * command names, which JLine then quotes.</td>
 * <td>the positional part: 4.0.3 (#1346). The rest is this shell's behaviour (next command word alone, options only
 * after {@code -}, names with control characters not offered, the loading hint, single-quoting).</td>
 * <td>with 4.0.3: nothing; {@code ShellCompleter} keeps the behaviour the tests pin.</td></tr>
 * <tr><td>{@code LazyCommand}'s {@code TypedCompletion}, {@code completion.Completes}</td>
 * <td>4.0 has one completion provider per command, named by a bean-name string (#1269); completion by parameter is
 * the shell's design, not a bug.</td><td>not a workaround: stays</td><td>-</td></tr>
 * <tr><td>{@code HelpCommand}, {@code CommandHelp} ({@code spring.shell.command.help.enabled=false})</td>
 * <td>4.0.1's {@code help} lists commands unsorted, shows no arguments, and starts the validator to do it.</td>
 * <td>sorting: 4.0.2; arguments: 4.0.3 (#1344). The format (groups, usage line, the listing options, wrapping) is
 * pinned by tests.</td>
 * <td>with 4.0.3, optionally both classes and the property, if the upstream format is accepted.</td></tr>
 * <tr><td>{@code Quit}</td>
 * <td>4.0.1 hard-wires {@code quit}/{@code exit} in its own REPL loop, which {@code ShellRunner} replaces.</td>
 * <td>not a workaround while {@code ShellRunner} owns the loop</td><td>-</td></tr>
 * <tr><td>{@code ShellRunner} as bean {@code springShellApplicationRunner} (in {@code shell})</td>
 * <td>4.0.1 exits 0 after failures (#1339) and has no {@code -c}/{@code -f}; any {@code ApplicationRunner}
 * disables its runner (#1330).</td>
 * <td>exit codes and the runner's condition: 4.0.2. {@code -c}/{@code -f}, scripts that stop on error: none.</td>
 * <td>nothing: the runner's modes are the shell's.</td></tr>
 * <tr><td>{@code NoMessages} (bean {@code messageSource})</td>
 * <td>Spring's default message source lists every JDK locale at start (~0.1 s); not a Spring Shell bug.</td>
 * <td>not applicable</td><td>-</td></tr>
 * </table>
 *
 * <p>Command classes are found in {@code dev.anaplanshell.command} only ({@code SeamConfiguration.COMMAND_PACKAGE}):
 * reading the methods of every bean class to look for {@code @Command} would load the types of all their parameters
 * at every start, which the start-up budget does not allow.
 */
package dev.anaplanshell.shell.seam;
