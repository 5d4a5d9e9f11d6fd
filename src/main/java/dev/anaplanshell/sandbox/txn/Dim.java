package dev.anaplanshell.sandbox.txn;

import java.util.List;
import java.util.Locale;
import java.util.function.IntFunction;

/**
 * A dimension frozen for one request: a list (or subset), Time, Versions or the line items of a module. Items are
 * made on demand, so a dimension of a million list items costs nothing until it is read.
 */
public record Dim(String id, String name, int size, IntFunction<Item> items) {

    /** The Line Items pseudo-dimension's id in view metadata. */
    public static final String LINE_ITEMS_ID = "101999999999";

    /** One item: id, name and code (null when unset). */
    public record Item(String id, String name, String code) {
    }

    public Item item(int i) {
        return items.apply(i);
    }

    /** The index of the item with this id, or -1. */
    public int indexOfId(String itemId) {
        for (int i = 0; i < size; i++) {
            if (item(i).id().equals(itemId)) {
                return i;
            }
        }
        return -1;
    }

    /** The index of the item with this name (case-insensitive), or -1. */
    public int indexOfName(String itemName) {
        String wanted = itemName.toLowerCase(Locale.ROOT);
        for (int i = 0; i < size; i++) {
            if (item(i).name().toLowerCase(Locale.ROOT).equals(wanted)) {
                return i;
            }
        }
        return -1;
    }

    /** The index of the item with this code, or -1. */
    public int indexOfCode(String itemCode) {
        for (int i = 0; i < size; i++) {
            if (itemCode.equals(item(i).code())) {
                return i;
            }
        }
        return -1;
    }

    public static Dim of(String id, String name, List<Item> items) {
        List<Item> copy = List.copyOf(items);
        return new Dim(id, name, copy.size(), copy::get);
    }
}
