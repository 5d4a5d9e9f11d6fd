package dev.anaplanshell.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.anaplanshell.e2e.ShellProcess.Run;
import dev.anaplanshell.sandbox.AnaplanSandbox;
import dev.anaplanshell.sandbox.SandboxOptions;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The packaged jar, run as a user would run it: a separate process, real exit codes, real files. */
class PackagedShellIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path dir;

    @Test
    void should_export_every_line_item_of_the_largest_model_from_a_script_on_the_sandbox() throws Exception {
        Path csv = dir.resolve("li.csv");
        Path script = dir.resolve("export.anaplan");
        Files.writeString(script, """
                # the seed's job
                use-model 'FP&A Plan'

                modules list -o csv
                lineitems export %s
                """.formatted(csv));
        Run run = shell(Map.of(), "--sandbox", "-f", script.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).isEmpty();
        List<CSVRecord> rows;
        try (Reader reader = Files.newBufferedReader(csv)) {
            rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).getRecords();
        }
        JsonNode items = lineItemsFromTheApi("FP&A Plan");
        assertThat(rows).hasSize(items.size());
        assertThat(rows.get(0).getParser().getHeaderNames())
                .startsWith("id", "name", "moduleId", "moduleName", "formula", "format");
        for (int i = 0; i < rows.size(); i++) {
            assertThat(rows.get(i).get("id")).isEqualTo(items.get(i).path("id").asString());
            assertThat(rows.get(i).get("formula")).isEqualTo(items.get(i).path("formula").asString(""));
        }
    }

    @Test
    void should_exit_4_with_one_line_for_an_unknown_model() throws Exception {
        Run run = shell(Map.of(), "--sandbox", "-c", "use-model nosuchmodel; status");
        assertThat(run.exitCode()).isEqualTo(4);
        assertThat(run.err()).startsWith("error: 'use-model nosuchmodel': Model 'nosuchmodel' not found").hasLineCount(1);
        assertThat(run.out()).doesNotContain("authUrl");
    }

    @Test
    void should_exit_7_when_a_nightly_diff_finds_differences_and_stop_the_script_there() throws Exception {
        Path prod = dir.resolve("prod.csv");
        Path script = dir.resolve("nightly.anaplan");
        Files.writeString(script, """
                use-model 'FP&A Plan'
                lineitems export %s
                lineitems grep FINDITEM --field formula -o csv
                lineitems diff --against 'FP&A Plan (DEV)' --module 'CAL07 Cash Flow' --exit-code -o csv
                status
                """.formatted(prod));
        Run run = shell(Map.of("NO_COLOR", "1"), "--sandbox", "-f", script.toString());
        assertThat(run.exitCode()).as(run.err()).isEqualTo(7);
        assertThat(run.err()).isEqualTo("1 difference\n");
        assertThat(run.out()).contains("DAT04 Product Load,Product,formula,\"FINDITEM(Products, Product Code)\"")
                .contains("changed,CAL07 Cash Flow,Collections,formula,").doesNotContain("\u001b[");
        assertThat(shell(Map.of(), "--sandbox", "-c", "diff " + prod + " " + prod + " --key id --exit-code")
                .exitCode()).isZero();
    }

    @Test
    void should_exit_3_for_a_wrong_password_without_printing_it() throws Exception {
        try (AnaplanSandbox sandbox = AnaplanSandbox.start(SandboxOptions.defaults())) {
            String url = sandbox.baseUrl().toString();
            Run run = shell(Map.of("ANAPLAN_USER", "demo@example.com", "ANAPLAN_PASSWORD", "not-the-password"),
                    "--auth-url", url, "--api-url", url, "-c", "login; models list");
            assertThat(run.exitCode()).isEqualTo(3);
            assertThat(run.err()).startsWith("error: 'login': login failed").hasLineCount(1);
            assertThat(run.out() + run.err()).doesNotContain("not-the-password");
        }
    }

    @Test
    void should_log_in_from_environment_variables_and_name_the_script_line_that_failed() throws Exception {
        try (AnaplanSandbox sandbox = AnaplanSandbox.start(SandboxOptions.defaults())) {
            String url = sandbox.baseUrl().toString();
            Path script = dir.resolve("s.anaplan");
            Files.writeString(script, "login\nworkspaces list -o csv\nuse-model 'No Such'\nstatus\n");
            Run run = shell(Map.of("ANAPLAN_USER", "demo@example.com", "ANAPLAN_PASSWORD", "demo"),
                    "--auth-url", url, "--api-url", url, "-f", script.toString());
            assertThat(run.exitCode()).isEqualTo(4);
            assertThat(run.out()).contains("Acme Planning").doesNotContain("authUrl");
            assertThat(run.err()).startsWith("error: " + script + ":3: Model 'No Such' not found");
        }
    }

    @Test
    void should_exit_5_when_the_service_cannot_be_reached() throws Exception {
        Run run = shell(Map.of("ANAPLAN_USER", "demo@example.com", "ANAPLAN_PASSWORD", "demo"),
                "--auth-url", "http://127.0.0.1:9", "--api-url", "http://127.0.0.1:9", "-c", "login");
        assertThat(run.exitCode()).isEqualTo(5);
        assertThat(run.err()).isEqualTo("error: service unavailable: cannot connect to 127.0.0.1:9\n");
    }

    @Test
    void should_serve_the_sandbox_to_a_plain_python_requests_script() throws Exception {
        assumeThat(pythonWithRequests()).as("python3 with the requests package").isTrue();
        Process server = ShellProcess.jar(dir).stdout(ProcessBuilder.Redirect.PIPE).start("--serve-sandbox");
        try {
            String banner = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8))
                    .readLine();
            Matcher m = Pattern.compile("(http://127\\.0\\.0\\.1:\\d+)").matcher(banner);
            assertThat(m.find()).as(banner).isTrue();
            Path recipe = Path.of("src/test/resources/e2e/read_line_items.py").toAbsolutePath();
            Process python = new ProcessBuilder("python3", recipe.toString(), m.group(1), "FP&A Plan")
                    .redirectErrorStream(true).start();
            String output = new String(python.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            assertThat(python.waitFor()).as(output).isZero();
            assertThat(Integer.parseInt(output)).isEqualTo(lineItemsFromTheApi("FP&A Plan").size());
        } finally {
            server.destroy();
            server.waitFor(10, TimeUnit.SECONDS);
        }
    }

    /** What {@code GET /2/0/models/{id}/lineItems?includeAll=true} returns, straight from a sandbox. */
    private static JsonNode lineItemsFromTheApi(String modelName) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        try (AnaplanSandbox sandbox = AnaplanSandbox.start(SandboxOptions.defaults())) {
            String base = sandbox.baseUrl().toString();
            String basic = Base64.getEncoder().encodeToString("demo@example.com:demo".getBytes(StandardCharsets.UTF_8));
            JsonNode auth = JSON.readTree(http.send(HttpRequest.newBuilder(URI.create(base + "/token/authenticate"))
                    .header("Authorization", "Basic " + basic).POST(HttpRequest.BodyPublishers.noBody()).build(),
                    HttpResponse.BodyHandlers.ofString()).body());
            String token = "AnaplanAuthToken " + auth.path("tokenInfo").path("tokenValue").asString();
            JsonNode models = JSON.readTree(http.send(HttpRequest.newBuilder(URI.create(base + "/2/0/models"))
                    .header("Authorization", token).build(), HttpResponse.BodyHandlers.ofString()).body());
            String id = null;
            for (JsonNode model : models.path("models")) {
                if (model.path("name").asString().equals(modelName)) {
                    id = model.path("id").asString();
                }
            }
            return JSON.readTree(http.send(HttpRequest.newBuilder(
                    URI.create(base + "/2/0/models/" + id + "/lineItems?includeAll=true"))
                    .header("Authorization", token).build(), HttpResponse.BodyHandlers.ofString()).body()).path("items");
        }
    }

    private Run shell(Map<String, String> env, String... args) throws IOException, InterruptedException {
        return ShellProcess.jar(dir).env(env).run(args);
    }

    private static boolean pythonWithRequests() {
        try {
            Process p = new ProcessBuilder("python3", "-c", "import requests").redirectErrorStream(true).start();
            return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }
}
