package dev.anaplanshell.sandbox.data;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * The lists, subsets, versions and calendar of a model ({@link SbTxnModel}). Demo models get their declared
 * lists with realistic items and hierarchies ({@link DemoListItems}); any other model (test fixtures) gets
 * five generated items for each list its line items apply to. Everything is deterministic.
 */
public final class TransactionalData {

    static final int FALLBACK_SIZE = 5;
    private static final String[] PRODUCT_STEMS = {"Laptop", "Desktop", "Monitor", "Tablet", "Phone", "Headset",
        "Dock", "Support Plan"};
    private static final String[] COUNTRY_CURRENCY = {"USD", "CAD", "BRL", "MXN", "ARS", "GBP", "EUR", "EUR", "EUR",
        "CHF", "SEK", "NOK", "DKK", "EUR", "EUR", "EUR", "EUR", "EUR", "AED", "ZAR", "SAR", "JPY", "AUD", "SGD", "INR"};

    private TransactionalData() {
    }

    /**
     * @param volumeListItems size of the Volume Model's "Volume Items" list ({@code --sandbox-list-items})
     * @param volumeViewCells cells of the Volume Model's view ({@code --sandbox-view-cells})
     */
    public static SbTxnModel forModel(SbModel model, int volumeListItems, int volumeViewCells) {
        ModelBuilder spec = spec(model.id(), volumeListItems, volumeViewCells);
        Map<String, Integer> sizes = new LinkedHashMap<>();
        Map<String, String> names = new LinkedHashMap<>();
        int versions = 3;
        if (spec != null) {
            for (SbRef ref : spec.declaredDimensions()) {
                names.put(ref.id(), ref.name());
                sizes.put(ref.id(), spec.declaredSize(ref.id()));
            }
            versions = spec.versionCount();
        } else {
            for (SbLineItem li : model.lineItems()) {
                for (SbRef ref : li.appliesTo()) {
                    names.putIfAbsent(ref.id(), ref.name());
                    sizes.putIfAbsent(ref.id(), FALLBACK_SIZE);
                }
            }
        }
        long nextList = names.keySet().stream().filter(id -> id.startsWith("101")).mapToLong(Long::parseLong)
                .max().orElse(101_000_000_000L);
        for (Map.Entry<String, Integer> extra : DemoListItems.EXTRA_LISTS.getOrDefault(model.id(), Map.of()).entrySet()
                .stream().sorted(Map.Entry.comparingByKey()).toList()) {
            String id = Long.toString(++nextList);
            names.put(id, extra.getKey());
            sizes.put(id, extra.getValue());
        }
        SbTxnModel built = build(model.id(), names, sizes, versions);
        return model.id().equals(FpaPlanDevModel.ID) ? FpaPlanDevModel.withoutRemovedItems(built) : built;
    }

    private static ModelBuilder spec(String modelId, int volumeListItems, int volumeViewCells) {
        return switch (modelId) {
            case FpaPlanModel.ID -> FpaPlanModel.spec();
            case FpaPlanDevModel.ID -> FpaPlanDevModel.spec();
            case SalesForecastModel.ID -> SalesForecastModel.spec();
            case WorkforcePlanModel.ID -> WorkforcePlanModel.spec();
            case ScaleModel.ID -> ScaleModel.spec(0);
            case VolumeModel.ID -> VolumeModel.spec(volumeListItems, volumeViewCells);
            default -> null;
        };
    }

    private static SbTxnModel build(String modelId, Map<String, String> names, Map<String, Integer> sizes,
            int versions) {
        Map<String, String> listIdByName = new HashMap<>();
        names.forEach((id, name) -> {
            if (id.startsWith("101")) {
                listIdByName.putIfAbsent(name, id);
            }
        });
        List<SbSubsetDef> subsets = new ArrayList<>();
        Map<String, List<SbRef>> subsetsOfList = new HashMap<>();
        String firstList = listIdByName.isEmpty() ? null : names.keySet().stream().filter(id -> id.startsWith("101"))
                .findFirst().orElse(null);
        names.forEach((id, name) -> {
            if (id.startsWith("109") || id.startsWith("114")) {
                String listId = id.startsWith("109")
                        ? listIdByName.getOrDefault(DemoListItems.SUBSET_OF.getOrDefault(name, ""), firstList) : null;
                subsets.add(new SbSubsetDef(id, name, listId, sizes.get(id)));
                if (listId != null) {
                    subsetsOfList.computeIfAbsent(listId, k -> new ArrayList<>()).add(new SbRef(id, name));
                }
            }
        });
        Map<String, SbListDef> lists = new LinkedHashMap<>();
        int index = 0;
        for (Map.Entry<String, String> e : names.entrySet()) {
            if (e.getKey().startsWith("101")) {
                lists.put(e.getKey(), null);
            }
        }
        List<String> order = new ArrayList<>(lists.keySet());
        Map<String, SbListDef> built = new HashMap<>();
        for (String id : order) {
            built.put(id, list(id, names.get(id), sizes.get(id), index++, listIdByName, names, sizes, built,
                    subsetsOfList.getOrDefault(id, List.of()), subsets));
        }
        // Parents refer to lists built later too: build again now that every list exists.
        index = 0;
        for (String id : order) {
            lists.put(id, list(id, names.get(id), sizes.get(id), index++, listIdByName, names, sizes, built,
                    subsetsOfList.getOrDefault(id, List.of()), subsets));
        }
        return new SbTxnModel(modelId, List.copyOf(lists.values()), subsets, Math.max(1, Math.min(3, versions)),
                2025, "2025-05");
    }

    private static SbListDef list(String id, String name, int size, int index, Map<String, String> listIdByName,
            Map<String, String> names, Map<String, Integer> sizes, Map<String, SbListDef> built,
            List<SbRef> subsets, List<SbSubsetDef> subsetDefs) {
        String parentName = DemoListItems.PARENTS.get(name);
        String parentId = parentName == null ? null : listIdByName.get(parentName);
        SbRef parent = parentId == null ? null : new SbRef(parentId, parentName);
        SbListDef parentDef = parentId == null ? null : built.get(parentId);
        List<SbListDef.Property> properties = DemoListItems.PROPERTIES.getOrDefault(name, List.of());
        boolean numbered = DemoListItems.NUMBERED.contains(name);
        Map<String, Integer> subsetSizes = new LinkedHashMap<>();
        for (SbRef s : subsets) {
            subsetSizes.put(s.name(), subsetDefs.stream().filter(d -> d.id().equals(s.id())).findFirst()
                    .map(SbSubsetDef::size).orElse(0));
        }
        IntFunction<SbListItem> items = i -> item(name, index, i, size, numbered, parentDef, properties, subsetSizes);
        return new SbListDef(id, name, parent, properties, subsets, numbered, size, items);
    }

    /** The id of item {@code i} of the model's {@code listIndex}-th list: 12 digits, unique in the model. */
    static String itemId(int listIndex, long i) {
        return Long.toString(200_000_000_000L + listIndex * 1_000_000_000L + i + 1);
    }

    private static SbListItem item(String list, int listIndex, int i, int size, boolean numbered, SbListDef parent,
            List<SbListDef.Property> properties, Map<String, Integer> subsetSizes) {
        String name;
        String code;
        List<String> known = DemoListItems.NAMES.get(list);
        if (numbered) {
            name = "#" + (i + 1);
            code = abbreviation(list) + pad(i + 1, size);
        } else if (known != null && i < known.size()) {
            name = known.get(i);
            List<String> codes = DemoListItems.CODES.get(list);
            code = codes != null ? codes.get(i) : null;
        } else if (list.equals("Products")) {
            name = PRODUCT_STEMS[i % PRODUCT_STEMS.length] + " " + (100 + 10 * (i / PRODUCT_STEMS.length));
            code = "P" + pad(i + 1, size);
        } else {
            name = singular(list) + " " + pad(i + 1, size);
            code = abbreviation(list) + pad(i + 1, size);
        }
        String parentName = null;
        String parentId = null;
        if (parent != null && parent.size() > 0) {
            int p;
            if (list.equals("Countries") && i < DemoListItems.COUNTRY_REGION.length) {
                p = DemoListItems.COUNTRY_REGION[i];
            } else if (list.equals("Products")) {
                p = i % parent.size();
            } else {
                p = (int) ((long) i * parent.size() / size);
            }
            p = Math.min(p, parent.size() - 1);
            SbListItem parentItem = parent.items().apply(p);
            parentName = parentItem.name();
            parentId = parentItem.id();
        }
        Map<String, String> props = new LinkedHashMap<>();
        for (SbListDef.Property property : properties) {
            props.put(property.name(), propertyValue(property.name(), i));
        }
        Map<String, Boolean> subsets = new LinkedHashMap<>();
        subsetSizes.forEach((subset, n) -> subsets.put(subset, i < n));
        return new SbListItem(itemId(listIndex, i), name, code, parentName, parentId, props, subsets);
    }

    private static String propertyValue(String property, int i) {
        return switch (property) {
            case "Owner" -> "owner" + (i + 1) + "@acme.example";
            case "Budget" -> Integer.toString(10_000 + (int) ((i * 7919L) % 90_000));
            case "Unit Price" -> Integer.toString(49 + (i * 37) % 950);
            case "Launch Date" -> LocalDate.of(2022, 1, 1).plusDays((i * 11L) % 1000).toString();
            case "Manager" -> "manager" + (i + 1) + "@acme.example";
            case "Currency" -> COUNTRY_CURRENCY[i % COUNTRY_CURRENCY.length];
            case "Email" -> "employee" + (i + 1) + "@acme.example";
            case "Grade" -> "G" + (1 + i % 12);
            case "Weight" -> (i % 997) + "." + (i % 10);
            default -> "";
        };
    }

    private static String pad(long n, int size) {
        int width = Math.max(3, Integer.toString(size).length());
        String digits = Long.toString(n);
        return digits.length() >= width ? digits : "0".repeat(width - digits.length()) + digits;
    }

    static String singular(String list) {
        if (list.endsWith("ies")) {
            return list.substring(0, list.length() - 3) + "y";
        }
        return list.endsWith("s") ? list.substring(0, list.length() - 1) : list;
    }

    private static String abbreviation(String list) {
        String letters = list.replaceAll("[^A-Za-z]", "").toUpperCase(Locale.ROOT);
        return letters.substring(0, Math.min(3, letters.length()));
    }
}
