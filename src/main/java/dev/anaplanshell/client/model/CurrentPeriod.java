package dev.anaplanshell.client.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/** The model's current period; {@code periodText} and {@code lastDay} are "" when none is set. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CurrentPeriod(String periodText, String lastDay, String calendarType) {
}
