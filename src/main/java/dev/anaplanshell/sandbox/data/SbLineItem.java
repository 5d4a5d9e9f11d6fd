package dev.anaplanshell.sandbox.data;

import java.util.List;
import java.util.Map;

/**
 * A line item with every field Anaplan returns with {@code includeAll=true}. Optional fields are null when
 * absent; {@code formatMetadata} is kept as an ordered map because its shape depends on {@code dataType}.
 */
public record SbLineItem(String id, String name, String moduleId, String moduleName, String format,
        Map<String, Object> formatMetadata, String formula, String summary, List<SbRef> appliesTo,
        List<SbRef> dataTags, List<SbRef> referencedBy, SbRef parent, SbRef readAccessDriver,
        SbRef writeAccessDriver, SbRef version, String timeScale, String timeRange, String formulaScope,
        String style, Integer cellCount, String notes, String code, boolean isSummary, boolean useSwitchover,
        boolean breakback, boolean broughtForward, boolean startOfSection) {
}
