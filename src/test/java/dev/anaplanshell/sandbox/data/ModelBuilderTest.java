package dev.anaplanshell.sandbox.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

class ModelBuilderTest {

    @Test
    void should_build_a_copy_with_planted_differences_keeping_the_ids() {
        ModelBuilder spec = FpaPlanModel.spec().as("0123456789ABCDEF0123456789ABCDEF", "FP&A Plan (Copy)");
        spec.existing("CAL01 Revenue").item("Net Revenue PY").formula("OFFSET(Gross Revenue, -12, 0)");
        spec.existing("REP01 P&L Summary").item("Tax").name("Income Tax");
        SbModel copy = spec.build(DemoData.WORKSPACE_ID);
        SbModel original = FpaPlanModel.spec().build(DemoData.WORKSPACE_ID);

        assertThat(copy.name()).isEqualTo("FP&A Plan (Copy)");
        assertThat(copy.lineItems()).extracting(SbLineItem::id)
                .containsExactlyElementsOf(original.lineItems().stream().map(SbLineItem::id).toList());
        Map<String, SbLineItem> copied = byName(copy, "CAL01 Revenue");
        Map<String, SbLineItem> originals = byName(original, "CAL01 Revenue");
        assertThat(copied.get("Gross Revenue").referencedBy()).extracting(SbRef::name).contains("Net Revenue PY");
        assertThat(originals.get("Gross Revenue").referencedBy()).extracting(SbRef::name)
                .doesNotContain("Net Revenue PY");
        assertThat(byName(copy, "REP01 P&L Summary")).containsKey("Income Tax").doesNotContainKey("Tax");
    }

    private static Map<String, SbLineItem> byName(SbModel model, String module) {
        return model.lineItems().stream().filter(li -> li.moduleName().equals(module))
                .collect(Collectors.toMap(SbLineItem::name, Function.identity()));
    }
}
