package dev.anaplanshell.client.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** A version's metadata ({@code versionMetadata}); unset fields are null. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Version(String id, String name, Boolean isCurrent, Boolean isActual, Period editFrom, Period editTo,
        Period switchover, String formula, String notes, String code) {

    /** A period: its label and first day. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Period(String periodText, String date) {
        @Override
        public String toString() {
            String text = periodText == null ? "" : periodText;
            return date == null ? text : text.isEmpty() ? date : text + " (" + date + ")";
        }
    }
}
