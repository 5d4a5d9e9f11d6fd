package dev.anaplanshell.arch;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.Architectures.LayeredArchitecture;

import org.junit.jupiter.api.Test;

/**
 * The shell's packages depend one way, bottom to top (docs/architecture.md draws the same order):
 *
 * <pre>
 * core < client.model < client < session < auth < render < formula, diff, bulk < lint < report
 *      < completion < command < shell (with the application class)
 * sandbox: on its own (the launcher in shell starts it)
 * </pre>
 *
 * A package may use the packages below it and no other; packages of one rank do not use each other. A package
 * of the shell that is in no rank fails the test, so a new one is placed on purpose.
 */
class LayersTest {

    private static final String ROOT = "dev.anaplanshell";

    /** Bottom to top; the packages of one rank are peers. */
    private static final List<List<String>> RANKS = List.of(
            List.of("core"),
            List.of("client.model"),
            List.of("client"),
            List.of("session"),
            List.of("auth"),
            List.of("render"),
            List.of("formula", "diff", "bulk"),
            List.of("lint"),
            List.of("report"),
            List.of("completion"),
            List.of("command"),
            List.of("shell"));

    private static final String SANDBOX = "sandbox";

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages(ROOT);

    private static final JavaClasses TESTS = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.ONLY_INCLUDE_TESTS).importPackages(ROOT);

    @Test
    void should_have_every_package_of_the_shell_in_one_layer() {
        Set<String> unplaced = new TreeSet<>();
        for (JavaClass c : MAIN) {
            if (!c.getPackageName().equals(ROOT) && layerOf(c.getPackageName()) == null) {
                unplaced.add(c.getPackageName());
            }
        }
        assertEquals(Set.of(), unplaced, "packages in no layer: place them in LayersTest.RANKS and docs/architecture.md");
    }

    @Test
    void should_depend_only_on_the_layers_below() {
        LayeredArchitecture layers = layeredArchitecture().consideringOnlyDependenciesInLayers();
        for (List<String> rank : RANKS) {
            for (String pkg : rank) {
                layers = layers.layer(pkg).definedBy(packages(pkg));
            }
        }
        layers = layers.layer(SANDBOX).definedBy(ROOT + "." + SANDBOX + "..");
        List<String> below = new ArrayList<>();
        for (List<String> rank : RANKS) {
            for (String pkg : rank) {
                List<String> allowed = new ArrayList<>(below);
                if (pkg.equals("shell")) {
                    allowed.add(SANDBOX); // the launcher starts it
                }
                layers = allowed.isEmpty() ? layers.whereLayer(pkg).mayNotAccessAnyLayer()
                        : layers.whereLayer(pkg).mayOnlyAccessLayers(allowed.toArray(String[]::new));
            }
            below.addAll(rank);
        }
        layers = layers.whereLayer(SANDBOX).mayOnlyAccessLayers("core")
                .whereLayer(SANDBOX).mayOnlyBeAccessedByLayers("shell");
        layers.check(MAIN);
    }

    @Test
    void should_test_the_client_without_the_shell_above_it() {
        noClasses().that().resideInAPackage(ROOT + ".client..")
                .should().dependOnClassesThat().resideInAnyPackage(Arrays.stream(
                        new String[] {"session", "auth", "render", "formula", "diff", "bulk", "lint", "report",
                                "completion", "command", "shell"})
                        .map(p -> ROOT + "." + p + "..").toArray(String[]::new))
                .because("the client is tested on its own, against the sandbox over HTTP")
                .check(TESTS);
    }

    /** A layer's packages: its own and those below it, but {@code client} without {@code client.model}. */
    private static String[] packages(String layer) {
        return switch (layer) {
            case "client" -> new String[] {ROOT + ".client"};
            case "shell" -> new String[] {ROOT, ROOT + ".shell.."};
            default -> new String[] {ROOT + "." + layer + ".."};
        };
    }

    private static String layerOf(String pkg) {
        for (List<String> rank : RANKS) {
            for (String p : rank) {
                if (pkg.equals(ROOT + "." + p) || !p.equals("client") && pkg.startsWith(ROOT + "." + p + ".")) {
                    return p;
                }
            }
        }
        return pkg.equals(ROOT + "." + SANDBOX) || pkg.startsWith(ROOT + "." + SANDBOX + ".") ? SANDBOX : null;
    }
}
