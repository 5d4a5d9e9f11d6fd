package dev.anaplanshell.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import dev.anaplanshell.client.model.ListItem;
import dev.anaplanshell.client.model.ListMetadata;
import dev.anaplanshell.client.model.NamedRef;
import dev.anaplanshell.render.Column;
import dev.anaplanshell.render.TransactionalColumns;

import org.junit.jupiter.api.Test;

/** {@code lists items} shows every property and subset the items carry, named by the metadata or not. */
class ListItemColumnsTest {

    private final ListMetadata metadata = new ListMetadata("101000000001", "Products",
            List.of(new ListMetadata.Property("201000000001", "Colour", "TEXT", null, null)), null, null, null, null,
            null, null, null, null, List.of(new NamedRef("109000000001", "Hardware")), null);

    @Test
    void should_add_the_properties_and_subsets_the_items_carry_after_those_the_metadata_names() {
        ListItem item = new ListItem("1", "Drone", "P900", null, null, null, null,
                Map.of("Hardware", true, "Active", false), Map.of("Colour", "red", "Region", "EMEA"));

        List<String> columns = TransactionalColumns.listItems(ListCommands.carried(metadata, List.of(item))).stream()
                .map(Column::name).toList();

        assertThat(columns).containsExactly("id", "name", "code", "parent", "parentId", "Colour", "Region", "Hardware",
                "Active");
    }

    @Test
    void should_keep_the_metadata_as_it_is_when_it_names_everything() {
        ListItem item = new ListItem("1", "Drone", "P900", null, null, null, null, Map.of("Hardware", true),
                Map.of("Colour", "red"));

        assertThat(ListCommands.carried(metadata, List.of(item))).isSameAs(metadata);
    }
}
