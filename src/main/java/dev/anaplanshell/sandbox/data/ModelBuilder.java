package dev.anaplanshell.sandbox.data;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A small DSL for a model: declare lists, subsets and modules with their line items, then {@link #build}
 * assigns Anaplan-style ids in declaration order and derives {@code referencedBy}, parents, access drivers and
 * cell counts. Ids come from the model's {@code block}, so two models never share a module or line-item id,
 * while a copy built from the same spec with the same block keeps the ids (as an Anaplan model copy does).
 */
final class ModelBuilder {

    static final String MODEL_CALENDAR = "Model Calendar";
    /** The "All versions" reference as Anaplan returns it. */
    static final SbRef ALL_VERSIONS = new SbRef("16000000000", "All");
    static final SbRef ACTUAL = new SbRef("107000000001", "Actual");
    static final SbRef BUDGET = new SbRef("107000000002", "Budget");
    static final SbRef FORECAST = new SbRef("107000000003", "Forecast");

    private static final int SMALL_BLOCKS = 10;

    private String id;
    private String name;
    private final int block;
    private String activeState = "UNLOCKED";
    private String created = "2024-01-08T09:00:00.000+0000";
    private String lastModified = "2025-06-02T17:30:00.000+0000";
    private int versionCount = 3;
    private final Map<String, Integer> dimensionSizes = new HashMap<>();
    private final Map<String, Integer> rangeYears = new HashMap<>(Map.of(MODEL_CALENDAR, 3));
    private final Map<String, Integer> counters = new HashMap<>();
    private final List<ModuleSpec> modules = new ArrayList<>();
    private final List<SbRef> declared = new ArrayList<>();

    /** @param block id block: 0-9 for hand-made models (&lt; 1,000 modules, &lt; 10,000 line items), 10 for the scale model */
    ModelBuilder(String id, String name, int block) {
        this.id = id;
        this.name = name;
        this.block = block;
    }

    /** Renames the model, e.g. for a copy built from the same spec: ids of modules and line items stay. */
    ModelBuilder as(String newId, String newName) { id = newId; name = newName; return this; }
    ModelBuilder state(String value) { activeState = value; return this; }
    ModelBuilder dates(String isoCreated, String isoModified) { created = isoCreated; lastModified = isoModified; return this; }
    ModelBuilder versions(int count) { versionCount = count; return this; }
    /** A named time range of the given number of years (the model calendar is 3 years). */
    ModelBuilder timeRange(String range, int years) { rangeYears.put(range, years); return this; }

    SbRef list(String listName, int items) { return dimension("101", listName, items); }
    SbRef listSubset(String subsetName, int items) { return dimension("109", subsetName, items); }
    SbRef lineItemSubset(String subsetName, int items) { return dimension("114", subsetName, items); }
    SbRef tag(String tagName) { return dimension("127", tagName, 1); }

    ModuleSpec module(String moduleName) {
        ModuleSpec module = new ModuleSpec(moduleName);
        modules.add(module);
        return module;
    }

    /** An already declared module, for edits after definition. */
    ModuleSpec existing(String moduleName) {
        return modules.stream().filter(m -> m.name.equals(moduleName)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No module '" + moduleName + "' in " + name));
    }

    private SbRef dimension(String prefix, String dimensionName, int items) {
        int n = counters.merge(prefix, 1, Integer::sum);
        SbRef ref = new SbRef(numericId(prefix, (long) block * 1000 + n), dimensionName);
        dimensionSizes.put(ref.id(), items);
        declared.add(ref);
        return ref;
    }

    private static String numericId(String prefix, long n) {
        String digits = Long.toString(n);
        return prefix + "000000000".substring(Math.min(9, digits.length())) + digits;
    }

    /** Lists, subsets and tags in declaration order (their ids tell which is which), for the transactional data. */
    List<SbRef> declaredDimensions() {
        return List.copyOf(declared);
    }

    int declaredSize(String dimensionId) {
        return dimensionSizes.getOrDefault(dimensionId, 0);
    }

    int versionCount() {
        return versionCount;
    }

    String modelId() {
        return id;
    }

    SbModel build(String workspaceId) {
        List<SbModule> sbModules = new ArrayList<>(modules.size());
        List<LineItemSpec> specs = new ArrayList<>();
        List<Integer> moduleOf = new ArrayList<>();
        Map<String, Map<String, Integer>> index = new HashMap<>();
        int maxName = 1;
        for (int m = 0; m < modules.size(); m++) {
            ModuleSpec spec = modules.get(m);
            sbModules.add(new SbModule(numericId("102", (long) block * 1000 + m), spec.name));
            Map<String, Integer> names = new HashMap<>();
            if (index.put(spec.name, names) != null) {
                throw new IllegalStateException("Duplicate module " + spec.name);
            }
            for (LineItemSpec item : spec.items) {
                if (names.put(item.name, specs.size()) != null) {
                    throw new IllegalStateException("Duplicate line item " + spec.name + "." + item.name);
                }
                maxName = Math.max(maxName, item.name.length());
                specs.add(item);
                moduleOf.add(m);
            }
        }
        if (block < SMALL_BLOCKS && (modules.size() >= 1000 || specs.size() >= 10_000)) {
            throw new IllegalStateException("Model " + name + " is too large for id block " + block);
        }
        String[] ids = new String[specs.size()];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = numericId("206", (long) block * 10_000 + i);
        }
        FormulaReferences references = new FormulaReferences(index, maxName);
        List<List<SbRef>> referencedBy = referencedBy(specs, moduleOf, ids, references);
        List<SbLineItem> items = new ArrayList<>(specs.size());
        long cells = 0;
        for (int i = 0; i < ids.length; i++) {
            int m = moduleOf.get(i);
            SbLineItem item = lineItem(specs.get(i), modules.get(m), sbModules.get(m), ids[i], referencedBy.get(i),
                    index, ids);
            cells += item.cellCount() == null ? 0 : item.cellCount();
            items.add(item);
        }
        long memory = 24L * 1024 * 1024 + 8 * cells;
        return new SbModel(id, name, activeState, workspaceId, memory, created, lastModified,
                List.copyOf(sbModules), List.copyOf(items));
    }

    /** For each line item, the line items whose formulas reference it, in model order. */
    private List<List<SbRef>> referencedBy(List<LineItemSpec> specs, List<Integer> moduleOf, String[] ids,
            FormulaReferences references) {
        List<List<SbRef>> result = new ArrayList<>(specs.size());
        for (int i = 0; i < specs.size(); i++) {
            result.add(List.of());
        }
        for (int source = 0; source < specs.size(); source++) {
            LineItemSpec spec = specs.get(source);
            if (spec.formula == null) {
                continue;
            }
            for (int target : references.scan(spec.formula, modules.get(moduleOf.get(source)).name)) {
                if (target != source) {
                    if (result.get(target).isEmpty()) {
                        result.set(target, new ArrayList<>(2));
                    }
                    result.get(target).add(new SbRef(ids[source], spec.name));
                }
            }
        }
        return result;
    }

    private SbLineItem lineItem(LineItemSpec s, ModuleSpec module, SbModule owner, String itemId,
            List<SbRef> referencedBy, Map<String, Map<String, Integer>> index, String[] ids) {
        List<SbRef> appliesTo = s.appliesTo != null ? s.appliesTo : module.appliesTo;
        String timeScale = s.timeScale != null ? s.timeScale : module.timeScale;
        String timeRange = s.timeRange != null ? s.timeRange : module.timeRange;
        SbRef version = s.version != null ? s.version : module.version;
        SbRef parent = s.parentName == null ? null : ref(index, ids, module.name, s.parentName);
        SbRef read = s.readDriver == null ? null : ref(index, ids, s.readDriver[0], s.readDriver[1]);
        SbRef write = s.writeDriver == null ? null : ref(index, ids, s.writeDriver[0], s.writeDriver[1]);
        Integer cellCount = s.fmt == Fmt.NONE ? null : cellCount(appliesTo, timeScale, timeRange, version);
        return new SbLineItem(itemId, s.name, owner.id(), owner.name(), s.fmt.format(), s.fmt.metadata(),
                s.formula, s.summary, appliesTo, s.dataTags, referencedBy.isEmpty() ? List.of() : List.copyOf(referencedBy),
                parent, read, write, version, timeScale, timeRange, s.formulaScope, s.style, cellCount, s.notes,
                s.code, s.isSummary, s.useSwitchover, s.breakback, s.broughtForward, s.startOfSection);
    }

    private static SbRef ref(Map<String, Map<String, Integer>> index, String[] ids, String module, String item) {
        Map<String, Integer> items = index.get(module);
        Integer i = items == null ? null : items.get(item);
        if (i == null) {
            throw new IllegalStateException("No line item '" + module + "'." + item);
        }
        return new SbRef(ids[i], item);
    }

    private int cellCount(List<SbRef> appliesTo, String timeScale, String timeRange, SbRef version) {
        long cells = (long) periods(timeScale) * rangeYears.getOrDefault(timeRange, 3);
        if (timeScale.equals("Not Applicable")) {
            cells = 1;
        }
        for (SbRef dim : appliesTo) {
            cells *= dimensionSizes.getOrDefault(dim.id(), 1);
        }
        if (ALL_VERSIONS.equals(version)) {
            cells *= versionCount;
        }
        return (int) Math.min(Integer.MAX_VALUE, cells);
    }

    private static int periods(String timeScale) {
        return switch (timeScale) {
            case "Month" -> 12;
            case "Quarter" -> 4;
            case "Half Year" -> 2;
            case "Week" -> 52;
            default -> 1;
        };
    }
}
