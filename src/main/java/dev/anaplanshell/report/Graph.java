package dev.anaplanshell.report;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;

/**
 * A directed graph to draw: nodes with a label and a link, edges from what is referenced to what references it
 * (the way numbers flow). {@link #cycles()} marks the edges and nodes that lie on a cycle.
 */
final class Graph {

    /** {@code kind}: a CSS class ({@code module}, {@code item}, {@code external}, {@code group}). */
    record Node(String key, String label, String href, String kind, String title) {
    }

    record Edge(int from, int to) {
    }

    final List<Node> nodes = new ArrayList<>();
    final List<Edge> edges = new ArrayList<>();

    int add(Node node) {
        nodes.add(node);
        return nodes.size() - 1;
    }

    void connect(int from, int to) {
        if (from != to) {
            edges.add(new Edge(from, to));
        }
    }

    /**
     * For each node, the strongly connected component it belongs to when that component has more than one node
     * (a cycle), else -1; Tarjan's algorithm without recursion.
     */
    int[] cycles() {
        int n = nodes.size();
        List<List<Integer>> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(new ArrayList<>());
        }
        edges.forEach(e -> out.get(e.from()).add(e.to()));
        int[] index = new int[n];
        int[] low = new int[n];
        int[] component = new int[n];
        Arrays.fill(index, -1);
        Arrays.fill(component, -1);
        boolean[] onStack = new boolean[n];
        Deque<Integer> stack = new ArrayDeque<>();
        int counter = 0;
        int components = 0;
        for (int start = 0; start < n; start++) {
            if (index[start] >= 0) {
                continue;
            }
            Deque<int[]> work = new ArrayDeque<>();
            work.push(new int[] {start, 0});
            while (!work.isEmpty()) {
                int[] frame = work.peek();
                int v = frame[0];
                if (frame[1] == 0 && index[v] < 0) {
                    index[v] = low[v] = counter++;
                    stack.push(v);
                    onStack[v] = true;
                }
                if (frame[1] < out.get(v).size()) {
                    int w = out.get(v).get(frame[1]++);
                    if (index[w] < 0) {
                        work.push(new int[] {w, 0});
                    } else if (onStack[w]) {
                        low[v] = Math.min(low[v], index[w]);
                    }
                    continue;
                }
                work.pop();
                if (!work.isEmpty()) {
                    int parent = work.peek()[0];
                    low[parent] = Math.min(low[parent], low[v]);
                }
                if (low[v] == index[v]) {
                    List<Integer> members = new ArrayList<>();
                    int w;
                    do {
                        w = stack.pop();
                        onStack[w] = false;
                        members.add(w);
                    } while (w != v);
                    if (members.size() > 1) {
                        for (int m : members) {
                            component[m] = components;
                        }
                        components++;
                    }
                }
            }
        }
        return component;
    }
}
