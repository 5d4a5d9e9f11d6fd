package dev.anaplanshell.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import dev.anaplanshell.client.AnaplanClient;
import dev.anaplanshell.client.model.LineItem;
import dev.anaplanshell.client.model.Model;
import dev.anaplanshell.client.model.Module;
import dev.anaplanshell.sandbox.SandboxOptions;
import dev.anaplanshell.support.SandboxShell;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * {@code model report} opened in a real browser: headless Chromium (Debian's {@code chromium} and
 * {@code chromium-driver}, which .ci/run installs) driven by Selenium. Skipped, saying so, only when they are absent.
 */
class ModelReportBrowserTest {

    /**
     * The scale model: past the report's line-item graph limit, and modules past the module graph's limit
     * (the collapsed drawing). How long writing and opening its report take is measured by src/bench/report.sh
     * (docs/benchmarks.md), not asserted here: the machine running the tests is shared.
     */
    static final int SCALE_LINE_ITEMS = 100_000;

    @RegisterExtension
    static final SandboxShell shell = SandboxShell.inModel("FP&A Plan",
            SandboxOptions.builder().scaleLineItems(SCALE_LINE_ITEMS).build());

    @TempDir
    static Path dir;

    static ChromeDriver browser;
    static Path fpaFile;

    @BeforeAll
    static void openBrowser() {
        Optional<Path> chromium = onPath("chromium");
        Optional<Path> driver = onPath("chromedriver");
        assumeTrue(chromium.isPresent() && driver.isPresent(),
                "chromium and chromedriver are not installed (apt-get install chromium chromium-driver): "
                        + "the browser test of the model report is skipped");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium.get().toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--window-size=1400,1000");
        options.setCapability("goog:loggingPrefs", Map.of("browser", "ALL"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(driver.get().toFile()).usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void should_open_the_fpa_report_without_console_errors_with_a_graph_node_per_module() throws Exception {
        open(fpaReport());
        AnaplanClient client = shell.bean(AnaplanClient.class);
        List<String> modules = client.modules().list(fpa().id()).map(Module::id).toList();
        List<String> nodes = browser.findElements(By.cssSelector("#graph svg .node.module")).stream()
                .map(n -> n.getDomAttribute("data-key")).toList();
        assertThat(nodes).containsExactlyInAnyOrderElementsOf(modules).hasSizeGreaterThan(25);
        assertThat(browser.findElements(By.cssSelector("#graph svg .edge"))).hasSizeGreaterThan(30);
        assertThat(browser.findElements(By.cssSelector("details.module svg.items .edge.cycle"))).isNotEmpty();
        assertThat(browser.findElements(By.cssSelector("details.module svg.items .node.item"))).hasSizeGreaterThan(100);
        assertThat(browser.findElements(By.cssSelector("#finding-list tr"))).hasSizeGreaterThan(20);
        List<LogEntry> errors = browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= java.util.logging.Level.WARNING.intValue()).toList();
        assertThat(errors).isEmpty();
    }

    @Test
    void should_scroll_to_the_line_item_a_formula_reference_names() throws Exception {
        open(fpaReport());
        LineItem source = lineItem("OUT01 Export – Board Pack", "Closing Cash");
        LineItem target = lineItem("CAL07 Cash Flow", "Closing Cash");
        WebElement reference = browser.findElement(By.cssSelector("#li-" + source.id() + " td.formula a"));
        assertThat(reference.getText()).isEqualTo("'CAL07 Cash Flow'.Closing Cash");
        js("arguments[0].scrollIntoView({block: 'center'})", reference);
        WebElement row = browser.findElement(By.id("li-" + target.id()));
        assertThat(inView(row)).isFalse();
        reference.click();
        new WebDriverWait(browser, Duration.ofSeconds(5)).until(d -> inView(row));
        assertThat(js("return location.hash")).isEqualTo("#li-" + target.id());
        assertThat(row.getDomAttribute("class")).contains("target");

        WebElement back = row.findElement(By.cssSelector("td.by a[href='#li-" + source.id() + "']"));
        back.click();
        new WebDriverWait(browser, Duration.ofSeconds(5))
                .until(d -> inView(browser.findElement(By.id("li-" + source.id()))));
    }

    @Test
    void should_filter_modules_and_line_items_as_the_search_box_is_typed_in() throws Exception {
        open(fpaReport());
        WebElement search = browser.findElement(By.id("search"));
        search.sendKeys("closing cash");
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(5));
        wait.until(d -> !d.findElement(By.id("search-count")).getText().isEmpty());
        List<WebElement> rows = visible("tr[data-item]");
        assertThat(rows).hasSizeBetween(3, 10);
        assertThat(rows).allSatisfy(r -> assertThat(r.getText().toLowerCase()).contains("closing cash"));
        assertThat(visible("details.module")).hasSizeBetween(2, 6);
        assertThat(browser.findElement(By.id("search-count")).getText())
                .isEqualTo(rows.size() + " line items in " + visible("details.module").size() + " modules");
        search.clear();
        search.sendKeys(" ");
        wait.until(d -> d.findElement(By.id("search-count")).getText().isEmpty());
        assertThat(visible("details.module")).hasSize(browser.findElements(By.cssSelector("details.module")).size());
    }

    @Test
    void should_open_the_report_of_a_large_model_with_modules_drawn_in_groups_and_search_it() throws Exception {
        Path file = report("scale.html", " --model 'Scale Model'");
        open(file, Duration.ofSeconds(60));
        assertThat(browser.findElements(By.cssSelector("details.module"))).hasSize(SCALE_LINE_ITEMS / 100);
        assertThat(browser.findElements(By.cssSelector("#graph svg .node.group"))).hasSize(1);
        assertThat(browser.findElements(By.cssSelector("svg.items"))).isEmpty();
        assertThat(browser.findElements(By.cssSelector("details.module[open]"))).isEmpty();
        WebElement search = browser.findElement(By.id("search"));
        search.sendKeys("SCL0123");
        new WebDriverWait(browser, Duration.ofSeconds(5))
                .until(d -> !d.findElement(By.id("search-count")).getText().isEmpty());
        assertThat(browser.findElement(By.id("search-count")).getText()).isEqualTo("101 line items in 2 modules");
        assertThat(visible("tr[data-item]")).hasSize(101);
        assertThat(browser.findElements(By.cssSelector("#finding-list tr"))).hasSizeGreaterThan(100);
    }

    /** One report of FP&A Plan for the tests that read it (opened afresh by each). */
    private static synchronized Path fpaReport() {
        if (fpaFile == null) {
            fpaFile = report("fpa.html", "");
        }
        return fpaFile;
    }

    private static Path report(String name, String options) {
        Path file = dir.resolve(name);
        assertThat(shell.ok("model report " + file + options)).startsWith("Wrote the report of ");
        return file;
    }

    private static void open(Path file) {
        open(file, Duration.ofSeconds(10));
    }

    private static void open(Path file, Duration wait) {
        browser.get(file.toUri().toString());
        new WebDriverWait(browser, wait)
                .until(d -> "true".equals(((JavascriptExecutor) d).executeScript("return document.body.dataset.ready")));
    }

    private static Model fpa() {
        return shell.bean(AnaplanClient.class).models().list().filter(m -> m.name().equals("FP&A Plan"))
                .findFirst().orElseThrow();
    }

    private static LineItem lineItem(String module, String name) {
        try (Stream<LineItem> items = shell.bean(AnaplanClient.class).lineItems().list(fpa().id())) {
            return items.filter(li -> li.moduleName().equals(module) && li.name().equals(name)).findFirst()
                    .orElseThrow();
        }
    }

    private static List<WebElement> visible(String css) {
        return browser.findElements(By.cssSelector(css)).stream().filter(WebElement::isDisplayed).toList();
    }

    private static boolean inView(WebElement e) {
        return Boolean.TRUE.equals(js("var r = arguments[0].getBoundingClientRect(); "
                + "return r.top >= 60 && r.bottom <= window.innerHeight;", e));
    }

    private static Object js(String script, Object... args) {
        return browser.executeScript(script, args);
    }

    private static Optional<Path> onPath(String program) {
        return Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .map(d -> Path.of(d, program)).filter(Files::isExecutable).findFirst();
    }
}
