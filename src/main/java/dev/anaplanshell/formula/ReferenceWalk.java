package dev.anaplanshell.formula;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import dev.anaplanshell.client.model.LineItem;

/**
 * Follows references from one line item, depth first: {@link Direction#UP} to what its formula references
 * (where its numbers come from), {@link Direction#DOWN} to what references it (where they go). Each line item
 * is expanded once; meeting it again is a {@link Mark#REPEAT}, meeting one on the current path a
 * {@link Mark#CYCLE}, which is recorded and not followed.
 */
public final class ReferenceWalk {

    /** Which way to follow references. */
    public enum Direction {
        UP("references"), DOWN("referenced by");

        private final String label;

        Direction(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** What is special about a step. */
    public enum Mark {
        /** expanded here */
        NONE,
        /** already expanded earlier in the walk (only marked when it leads further) */
        REPEAT,
        /** on the current path: following it would loop */
        CYCLE,
        /** has further references beyond the depth limit */
        DEEPER
    }

    /** One edge of the walk, {@code from} at {@code depth - 1} to {@code to} at {@code depth}. */
    public record Step(Direction direction, int depth, LineItem from, LineItem to, Mark mark) {
    }

    /** The steps in tree order (depth first) and every distinct cycle met, as a closed path. */
    public record Result(LineItem root, Direction direction, List<Step> steps, List<List<LineItem>> cycles) {
    }

    private final Function<LineItem, List<LineItem>> up;
    private final Function<LineItem, List<LineItem>> down;

    public ReferenceWalk(LineItemIndex index) {
        FormulaReferences references = new FormulaReferences(index);
        this.up = references::of;
        this.down = index::referencedBy;
    }

    /** @param maxDepth levels to follow; 0 or less for no limit */
    public Result walk(LineItem root, Direction direction, int maxDepth) {
        Function<LineItem, List<LineItem>> next = direction == Direction.UP ? up : down;
        List<Step> steps = new ArrayList<>();
        Set<List<LineItem>> cycles = new LinkedHashSet<>();
        Set<LineItem> expanded = new HashSet<>();
        expanded.add(root);
        Deque<LineItem> path = new ArrayDeque<>();
        path.addLast(root);
        visit(root, 1, maxDepth <= 0 ? Integer.MAX_VALUE : maxDepth, next, direction, path, expanded, steps, cycles);
        return new Result(root, direction, List.copyOf(steps), List.copyOf(cycles));
    }

    private void visit(LineItem node, int depth, int maxDepth, Function<LineItem, List<LineItem>> next,
            Direction direction, Deque<LineItem> path, Set<LineItem> expanded, List<Step> steps,
            Set<List<LineItem>> cycles) {
        for (LineItem child : next.apply(node)) {
            if (child.equals(node)) {
                continue;
            }
            if (path.contains(child)) {
                steps.add(new Step(direction, depth, node, child, Mark.CYCLE));
                cycles.add(cycle(path, child));
            } else if (expanded.contains(child)) {
                steps.add(new Step(direction, depth, node, child, leads(child, next) ? Mark.REPEAT : Mark.NONE));
            } else if (depth >= maxDepth) {
                steps.add(new Step(direction, depth, node, child, leads(child, next) ? Mark.DEEPER : Mark.NONE));
            } else {
                expanded.add(child);
                steps.add(new Step(direction, depth, node, child, Mark.NONE));
                path.addLast(child);
                visit(child, depth + 1, maxDepth, next, direction, path, expanded, steps, cycles);
                path.removeLast();
            }
        }
    }

    private static boolean leads(LineItem item, Function<LineItem, List<LineItem>> next) {
        return next.apply(item).stream().anyMatch(c -> !c.equals(item));
    }

    /** The loop from {@code back} along the path and back to it, rotated to start at its first line item. */
    private static List<LineItem> cycle(Deque<LineItem> path, LineItem back) {
        List<LineItem> loop = new ArrayList<>();
        boolean in = false;
        for (LineItem li : path) {
            in |= li.equals(back);
            if (in) {
                loop.add(li);
            }
        }
        int first = 0;
        for (int i = 1; i < loop.size(); i++) {
            if (loop.get(i).id().compareTo(loop.get(first).id()) < 0) {
                first = i;
            }
        }
        List<LineItem> rotated = new ArrayList<>(loop.subList(first, loop.size()));
        rotated.addAll(loop.subList(0, first));
        rotated.add(rotated.get(0));
        return List.copyOf(rotated);
    }
}
