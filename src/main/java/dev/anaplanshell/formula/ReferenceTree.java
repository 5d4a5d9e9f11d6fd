package dev.anaplanshell.formula;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.stream.Collectors;

import dev.anaplanshell.client.model.LineItem;
import dev.anaplanshell.formula.ReferenceWalk.Step;

/**
 * {@code lineitems refs} as an indented tree: the line item, then each direction walked with its references
 * drawn as branches, then the cycles met.
 */
public final class ReferenceTree {

    private ReferenceTree() {
    }

    public static List<String> lines(List<ReferenceWalk.Result> walks) {
        List<String> out = new ArrayList<>();
        out.add(LineItemIndex.display(walks.get(0).root()));
        for (ReferenceWalk.Result walk : walks) {
            List<Step> steps = walk.steps();
            out.add(walk.direction().label() + (steps.isEmpty() ? ": none" : ":"));
            BitSet lastAt = new BitSet();
            for (int i = 0; i < steps.size(); i++) {
                Step s = steps.get(i);
                StringBuilder line = new StringBuilder();
                for (int d = 1; d < s.depth(); d++) {
                    line.append(lastAt.get(d) ? "   " : "│  ");
                }
                boolean last = isLast(steps, i);
                lastAt.set(s.depth(), last);
                line.append(last ? "└─ " : "├─ ").append(LineItemIndex.display(s.to())).append(mark(s));
                out.add(line.toString());
            }
            for (List<LineItem> cycle : walk.cycles()) {
                out.add("cycle: " + cycle.stream().map(LineItemIndex::display).collect(Collectors.joining(" → ")));
            }
        }
        return out;
    }

    private static boolean isLast(List<Step> steps, int i) {
        int depth = steps.get(i).depth();
        for (int j = i + 1; j < steps.size(); j++) {
            if (steps.get(j).depth() <= depth) {
                return steps.get(j).depth() < depth;
            }
        }
        return true;
    }

    private static String mark(Step s) {
        return switch (s.mark()) {
            case NONE -> "";
            case REPEAT -> "  (see above)";
            case CYCLE -> "  (cycle)";
            case DEEPER -> "  (…)";
        };
    }
}
