package dev.anaplanshell.bulk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import dev.anaplanshell.client.model.TaskResult;
import dev.anaplanshell.client.model.TaskResult.Detail;

import org.junit.jupiter.api.Test;

/** Which task results count as rejected rows: the counts decide, the dump flag only when there are none. */
class OutcomesTest {

    private static TaskResult result(boolean dump, Detail... details) {
        return new TaskResult("112000000101", null, true, dump, List.of(details), null);
    }

    private static Detail rows(String type, String... values) {
        return new Detail(type, "blah1: rows", 0, List.of(values));
    }

    @Test
    void should_not_call_a_dump_announced_with_every_row_successful_a_rejection() {
        // task_success_response.json: 13 of 13 rows, every failure count 0, failureDumpAvailable true
        assertThat(Outcomes.rejected(result(true, rows("hierarchyRowsProcessed", "ignoredCount", "0", "failedCount",
                "0", "invalidCount", "0", "successRowCount", "13", "totalRowCount", "13")))).isFalse();
    }

    @Test
    void should_call_failed_or_invalid_rows_a_rejection() {
        assertThat(Outcomes.rejected(result(false, rows("hierarchyRowsProcessed", "failedCount", "2")))).isTrue();
        assertThat(Outcomes.rejected(result(true, rows("moduleRowsProcessed", "invalidCount", "1", "failedCount",
                "0")))).isTrue();
        assertThat(Outcomes.rejected(result(true, rows("hierarchyRowsProcessedWithFailures")))).isTrue();
    }

    @Test
    void should_fall_back_on_the_dump_flag_when_the_result_has_no_counts() {
        assertThat(Outcomes.rejected(result(true))).isTrue();
        assertThat(Outcomes.rejected(result(false))).isFalse();
        assertThat(Outcomes.rejected(result(true, rows("exportSucceeded")))).isTrue();
    }
}
