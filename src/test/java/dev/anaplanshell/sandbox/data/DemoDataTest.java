package dev.anaplanshell.sandbox.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

class DemoDataTest {

    private static final Pattern LOWER_HEX_32 = Pattern.compile("[0-9a-f]{32}");
    private static final Pattern UPPER_HEX_32 = Pattern.compile("[0-9A-F]{32}");
    private static final Pattern MODULE_ID = Pattern.compile("102\\d{9}");
    private static final Pattern LINE_ITEM_ID = Pattern.compile("206\\d{9}");
    private static final Pattern DIMENSION_ID = Pattern.compile("(101|109|114)\\d{9}");
    private static final Pattern TAG_ID = Pattern.compile("127\\d{9}");
    private static final Pattern VERSION_ID = Pattern.compile("107\\d{9}|16000000000");
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.000\\+0000");
    private static final Map<String, String> DATA_TYPE_BY_FORMAT = Map.of("NUMBER", "NUMBER", "BOOLEAN", "BOOLEAN",
            "TEXT", "TEXT", "LIST", "ENTITY", "DATE", "DATE", "TIME PERIOD", "TIME_ENTITY", "NONE", "NONE");

    private final SbDemoData data = DemoData.create(0);

    @Test
    void should_build_equal_data_on_every_call() {
        assertThat(DemoData.create(0)).isEqualTo(data);
        assertThat(DemoData.create(1_000)).isEqualTo(DemoData.create(1_000));
    }

    @Test
    void should_have_the_demo_user_and_one_active_workspace() {
        SbUser user = data.users().get(0);
        assertThat(user.email()).isEqualTo(DemoData.DEMO_USER);
        assertThat(user.password()).isEqualTo(DemoData.DEMO_PASSWORD);
        assertThat(user.firstName()).isNotBlank();
        assertThat(user.lastName()).isNotBlank();
        assertThat(List.of(user.id(), user.customerId())).allMatch(id -> LOWER_HEX_32.matcher(id).matches());
        assertThat(data.workspaces()).singleElement().satisfies(ws -> {
            assertThat(ws.id()).matches(LOWER_HEX_32);
            assertThat(ws.name()).isEqualTo("Acme Planning");
            assertThat(ws.active()).isTrue();
            assertThat(ws.currentSize()).isPositive().isLessThanOrEqualTo(ws.sizeAllowance());
        });
    }

    @Test
    void should_have_three_planning_models_with_fpa_the_largest_and_a_dev_copy_of_it() {
        assertThat(data.models()).extracting(SbModel::name)
                .containsExactly("FP&A Plan", "Sales Forecast", "Workforce Plan", "FP&A Plan (DEV)");
        SbModel largest = data.models().stream().filter(m -> !m.name().equals(DemoData.FPA_DEV_MODEL))
                .max((a, b) -> Integer.compare(a.lineItems().size(), b.lineItems().size())).orElseThrow();
        assertThat(largest.name()).isEqualTo("FP&A Plan");
        assertThat(largest.modules()).hasSizeGreaterThanOrEqualTo(15);
        assertThat(largest.lineItems()).hasSizeGreaterThanOrEqualTo(300);
        assertThat(data.models()).allSatisfy(model -> {
            assertThat(model.id()).matches(UPPER_HEX_32);
            assertThat(model.workspaceId()).isEqualTo(DemoData.WORKSPACE_ID);
            assertThat(model.activeState()).isIn("UNLOCKED", "PRODUCTION");
            assertThat(model.memoryUsage()).isPositive();
            assertThat(model.isoCreationDate()).matches(ISO_DATE);
            assertThat(model.lastModified()).matches(ISO_DATE);
        });
    }

    @Test
    void should_use_anaplan_id_formats_for_modules_line_items_and_references() {
        for (SbModel model : data.models()) {
            assertThat(model.modules()).allSatisfy(m -> assertThat(m.id()).matches(MODULE_ID));
            assertThat(model.lineItems()).allSatisfy(li -> {
                assertThat(li.id()).matches(LINE_ITEM_ID);
                assertThat(li.moduleId()).matches(MODULE_ID);
                assertThat(li.appliesTo()).allSatisfy(r -> assertThat(r.id()).matches(DIMENSION_ID));
                assertThat(li.dataTags()).allSatisfy(r -> assertThat(r.id()).matches(TAG_ID));
                assertThat(li.version().id()).matches(VERSION_ID);
            });
        }
        assertThat(DemoData.TIME_DIMENSION_ID).isEqualTo("20000000003");
    }

    @Test
    void should_never_reuse_an_id_within_a_model_nor_across_models_that_are_not_copies() {
        List<SbModel> models = DemoData.create(2_500).models();
        assertUnique(models.stream().map(SbModel::id));
        for (SbModel model : models) {
            assertUnique(model.modules().stream().map(SbModule::id));
            assertUnique(model.lineItems().stream().map(SbLineItem::id));
        }
        List<SbModel> originals = models.stream().filter(m -> !m.name().equals(DemoData.FPA_DEV_MODEL)).toList();
        assertUnique(originals.stream().flatMap(m -> m.modules().stream()).map(SbModule::id));
        assertUnique(originals.stream().flatMap(m -> m.lineItems().stream()).map(SbLineItem::id));
    }

    @Test
    void should_keep_the_ids_of_the_original_in_the_dev_copy_and_only_the_planted_differences() {
        SbModel fpa = model(DemoData.FPA_MODEL);
        SbModel dev = model(DemoData.FPA_DEV_MODEL);
        assertThat(dev.modules().subList(0, fpa.modules().size())).isEqualTo(fpa.modules());
        assertThat(dev.modules().get(fpa.modules().size()).name()).isEqualTo("CAL08 Scenario Adjustments");
        Map<String, SbLineItem> originals = fpa.lineItems().stream()
                .collect(Collectors.toMap(SbLineItem::id, Function.identity()));
        Set<String> changed = new HashSet<>();
        for (SbLineItem li : dev.lineItems()) {
            SbLineItem original = originals.get(li.id());
            if (original == null) {
                assertThat(li.moduleName()).isEqualTo("CAL08 Scenario Adjustments");
            } else if (!original.name().equals(li.name()) || !Objects.equals(original.formula(), li.formula())) {
                changed.add(li.moduleName() + "." + li.name());
            }
        }
        assertThat(changed).containsExactlyInAnyOrder("REP01 P&L Summary.Income Tax", "REP01 P&L Summary.Net Income",
                "CAL07 Cash Flow.Collections");
        assertThat(dev.lineItems()).hasSize(fpa.lineItems().size() + 4);
    }

    @Test
    void should_keep_line_items_consistent_with_their_modules_and_model() {
        for (SbModel model : data.models()) {
            Map<String, String> moduleNames = model.modules().stream()
                    .collect(Collectors.toMap(SbModule::id, SbModule::name));
            Set<String> itemIds = model.lineItems().stream().map(SbLineItem::id).collect(Collectors.toSet());
            assertThat(model.lineItems()).allSatisfy(li -> {
                assertThat(moduleNames).containsEntry(li.moduleId(), li.moduleName());
                Stream.of(li.parent(), li.readAccessDriver(), li.writeAccessDriver())
                        .filter(r -> r != null).forEach(r -> assertThat(itemIds).contains(r.id()));
            });
        }
    }

    @Test
    void should_use_every_format_with_its_format_metadata() {
        List<SbLineItem> all = data.models().stream().flatMap(m -> m.lineItems().stream()).toList();
        assertThat(all).extracting(SbLineItem::format).containsAll(DATA_TYPE_BY_FORMAT.keySet());
        assertThat(all).allSatisfy(li -> {
            Map<String, Object> meta = li.formatMetadata();
            assertThat(meta.get("dataType")).isEqualTo(DATA_TYPE_BY_FORMAT.get(li.format()));
            switch (li.format()) {
                case "NUMBER" -> assertThat(meta).containsKeys("decimalPlaces", "unitsType", "unitsDisplayType",
                        "zeroFormat", "negativeNumberNotation", "groupingSeparator", "decimalSeparator");
                case "LIST" -> assertThat(meta).containsOnlyKeys("dataType", "hierarchyEntityLongId",
                        "selectiveAccessApplied", "showAll");
                case "TIME PERIOD" -> assertThat(meta).containsOnlyKeys("dataType", "periodType");
                case "TEXT" -> assertThat(meta).containsOnlyKeys("dataType", "textType");
                default -> assertThat(meta).containsOnlyKeys("dataType");
            }
        });
    }

    @Test
    void should_have_names_with_spaces_ampersands_and_non_ascii_letters() {
        List<String> names = data.models().stream().flatMap(m -> Stream.concat(Stream.of(m.name()),
                Stream.concat(m.modules().stream().map(SbModule::name), m.lineItems().stream().map(SbLineItem::name))))
                .toList();
        assertThat(names).anyMatch(n -> n.contains(" "));
        assertThat(names).anyMatch(n -> n.contains("&"));
        assertThat(names).anyMatch(n -> n.chars().anyMatch(c -> c > 127 && Character.isLetter(c)));
        assertThat(names).contains("INP04 Zürich Office Costs", "Headcount – Contractors", "REP04 Prévisions par Région");
    }

    @Test
    void should_compute_referenced_by_from_the_formulas() {
        for (SbModel model : data.models()) {
            Map<String, SbLineItem> byId = model.lineItems().stream()
                    .collect(Collectors.toMap(SbLineItem::id, Function.identity()));
            assertThat(model.lineItems()).allSatisfy(li -> assertThat(li.referencedBy()).allSatisfy(ref -> {
                SbLineItem user = byId.get(ref.id());
                assertThat(user.name()).isEqualTo(ref.name());
                assertThat(user.formula()).contains(li.name());
                if (!user.moduleId().equals(li.moduleId())) {
                    assertThat(user.formula()).containsAnyOf("'" + li.moduleName() + "'." + li.name(),
                            li.moduleName() + "." + li.name());
                }
            }));
        }
        SbModel fpa = data.models().get(0);
        assertThat(item(fpa, "CAL01 Revenue", "Net Revenue").referencedBy()).extracting(SbRef::name)
                .contains("Net Revenue PY", "Growth vs PY %", "Freight Cost", "Gross Margin", "Revenu net");
        assertThat(item(fpa, "CAL01 Revenue", "Volume Forecast").referencedBy()).extracting(SbRef::name)
                .containsExactly("Prior Year Volume", "Gross Revenue", "Product COGS");
        assertThat(item(fpa, "INP02 Opex Drivers", "Software & Subscriptions Forecast").referencedBy())
                .extracting(SbRef::name).containsExactly("Software & Subscriptions");
        assertThat(item(fpa, "REP01 P&L Summary", "Net Income").formula()).isEqualTo("EBIT - Tax");
        assertThat(fpa.lineItems()).filteredOn(li -> li.formula() == null).isNotEmpty();
    }

    @Test
    void should_use_anaplan_formula_functions() {
        String formulas = data.models().stream().flatMap(m -> m.lineItems().stream()).map(SbLineItem::formula)
                .filter(f -> f != null).collect(Collectors.joining("\n"));
        assertThat(formulas).contains("SUM:", "LOOKUP:", "SELECT:", "FINDITEM(", "IF ", " THEN ", " ELSE ",
                "PREVIOUS(", "OFFSET(", "YEARVALUE(", "ITEM(", "ISBLANK(", "TEXT(", "MAX(", "MIN(", "DIVIDE(");
    }

    @Test
    void should_build_a_scale_model_with_exactly_the_requested_line_items() {
        SbModel scale = DemoData.create(12_345).models().stream()
                .filter(m -> m.name().equals(DemoData.SCALE_MODEL)).findFirst().orElseThrow();
        assertThat(scale.name()).isEqualTo("Scale Model");
        assertThat(scale.lineItems()).hasSize(12_345);
        assertThat(scale.modules()).hasSize(124);
        assertThat(scale.lineItems()).filteredOn(li -> li.moduleName().equals("SCL0002 Scale Block"))
                .hasSize(100);
        assertThat(DemoData.create(0).models()).noneMatch(m -> m.name().equals("Scale Model"));
    }

    private SbModel model(String name) {
        return data.models().stream().filter(m -> m.name().equals(name)).findFirst().orElseThrow();
    }

    private static SbLineItem item(SbModel model, String module, String name) {
        return model.lineItems().stream().filter(li -> li.moduleName().equals(module) && li.name().equals(name))
                .findFirst().orElseThrow();
    }

    private static void assertUnique(Stream<String> ids) {
        Set<String> seen = new HashSet<>();
        assertThat(ids.filter(id -> !seen.add(id)).toList()).isEmpty();
    }
}
