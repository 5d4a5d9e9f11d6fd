package dev.anaplanshell.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import dev.anaplanshell.e2e.ShellProcess.Run;
import dev.anaplanshell.sandbox.AnaplanSandbox;
import dev.anaplanshell.sandbox.SandboxOptions;
import dev.anaplanshell.sandbox.bulk.BulkDemo;
import dev.anaplanshell.sandbox.data.DemoData;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The packaged jar running bulk work: the round trip script, and Ctrl-C (SIGINT) during a process. */
class BulkShellIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path dir;

    @Test
    void should_upload_import_process_export_and_download_data_that_matches_what_was_uploaded() throws Exception {
        Files.copy(Path.of("src/test/resources/e2e/bulk_roundtrip.anaplan"), dir.resolve("roundtrip.anaplan"));
        Files.writeString(dir.resolve("products.csv"), "Code,Name,Parent\nP900,Drone,HW\nP910,Cloud Backup,SW\n");
        StringBuilder sales = new StringBuilder("Products,Time,Units,Revenue\n");
        List<String> expected = new ArrayList<>();
        String[] months = {"Jan 25", "Feb 25", "Mar 25"};
        for (int i = 0; i < 120_000; i++) {
            // many rows, so the upload takes several 1 MB chunks; later rows overwrite earlier ones, as in Anaplan
            String product = i % 2 == 0 ? "P900" : "P910";
            sales.append(product).append(',').append(months[i % 3]).append(',').append(i).append(',').append(i * 10)
                    .append('\n');
        }
        for (int i = 119_994; i < 120_000; i++) {
            expected.add((i % 2 == 0 ? "P900" : "P910") + "," + months[i % 3] + "," + i + "," + i * 10);
        }
        Files.writeString(dir.resolve("sales.csv"), sales);
        Files.createDirectories(dir.resolve("dumps"));

        Run run = shell().run("--sandbox", "--sandbox-task-time", "300ms", "-f", "roundtrip.anaplan");
        assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
        assertThat(run.out()).contains("in 3 chunks").contains("Process 'Nightly Load' completed");

        assertThat(Files.readAllLines(dir.resolve("products-out.csv")))
                .contains("Drone,P900,Hardware", "Cloud Backup,P910,Software");
        List<String> exported = Files.readAllLines(dir.resolve("sales-out.csv")).stream()
                .filter(l -> l.startsWith("P900,") || l.startsWith("P910,")).toList();
        assertThat(exported).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(Files.mismatch(dir.resolve("sales-out.csv"), dir.resolve("sales-copy.csv"))).isEqualTo(-1);
        try (var dumps = Files.list(dir.resolve("dumps"))) {
            assertThat(dumps).isEmpty();
        }
    }

    @Test
    void should_cancel_the_task_on_the_server_and_exit_130_on_ctrl_c() throws Exception {
        try (AnaplanSandbox sandbox = AnaplanSandbox.start(SandboxOptions.builder()
                .taskDuration(Duration.ofMinutes(10)).build())) {
            String url = sandbox.baseUrl().toString();
            // progress lines go to standard error only on a terminal: the first status poll in the --debug trace
            // says the shell is following the task (and has its Ctrl-C handler in place)
            Process p = shell().stderr(ProcessBuilder.Redirect.PIPE).start("--debug", "--auth-url", url, "--api-url",
                    url, "-c", "login; use-model 'FP&A Plan'; processes run 'Nightly Load'");
            BlockingQueue<String> lines = new LinkedBlockingQueue<>();
            StringBuffer stderr = new StringBuffer();
            Thread reader = new Thread(() -> {
                try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getErrorStream(),
                        StandardCharsets.UTF_8))) {
                    for (String line; (line = r.readLine()) != null; ) {
                        stderr.append(line).append('\n');
                        lines.add(line);
                    }
                } catch (IOException e) {
                    lines.add("read failed: " + e);
                }
            });
            reader.setDaemon(true);
            reader.start();
            String poll = null;
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
            while (poll == null && System.nanoTime() < deadline) {
                String line = lines.poll(1, TimeUnit.SECONDS);
                if (line != null && line.matches("http> GET .*/processes/\\d+/tasks/[0-9A-F]{32}")) {
                    poll = line;
                }
            }
            assertThat(poll).as("a status poll while the process runs").isNotNull();

            Process kill = new ProcessBuilder("kill", "-INT", String.valueOf(p.pid())).start();
            assertThat(kill.waitFor(10, TimeUnit.SECONDS) && kill.exitValue() == 0).isTrue();
            assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("the shell ended after SIGINT").isTrue();
            assertThat(p.exitValue()).isEqualTo(130);
            reader.join(TimeUnit.SECONDS.toMillis(10));
            assertThat(stderr.toString()).contains("cancelled").contains("CANCELLED");
            assertThat(lastProcessTaskState(url)).isEqualTo("CANCELLED");
        }
    }

    /** The shell as a user runs it, logged in from the environment; SIGINT at its default for Ctrl-C. */
    private ShellProcess shell() {
        return ShellProcess.jar(dir).withDefaultSigInt().env("ANAPLAN_USER", DemoData.DEMO_USER)
                .env("ANAPLAN_PASSWORD", DemoData.DEMO_PASSWORD);
    }

    private static String lastProcessTaskState(String base) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        String basic = Base64.getEncoder().encodeToString((DemoData.DEMO_USER + ":" + DemoData.DEMO_PASSWORD)
                .getBytes(StandardCharsets.UTF_8));
        JsonNode auth = JSON.readTree(http.send(HttpRequest.newBuilder(URI.create(base + "/token/authenticate"))
                .header("Authorization", "Basic " + basic).POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString()).body());
        String token = "AnaplanAuthToken " + auth.path("tokenInfo").path("tokenValue").asString();
        JsonNode models = JSON.readTree(http.send(HttpRequest.newBuilder(URI.create(base + "/2/0/models"))
                .header("Authorization", token).build(), HttpResponse.BodyHandlers.ofString()).body());
        String path = null;
        for (JsonNode m : models.path("models")) {
            if (m.path("name").asString().equals(DemoData.FPA_MODEL)) {
                path = "/2/0/workspaces/" + m.path("currentWorkspaceId").asString() + "/models/"
                        + m.path("id").asString();
            }
        }
        JsonNode tasks = JSON.readTree(http.send(HttpRequest.newBuilder(URI.create(base + path + "/processes/"
                + BulkDemo.NIGHTLY_PROCESS + "/tasks")).header("Authorization", token).build(),
                HttpResponse.BodyHandlers.ofString()).body()).path("tasks");
        assertThat(tasks).hasSize(1);
        return tasks.get(0).path("taskState").asString();
    }
}
