package dev.anaplanshell.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.elk.alg.layered.options.LayeredMetaDataProvider;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.core.RecursiveGraphLayoutEngine;
import org.eclipse.elk.core.data.LayoutMetaDataService;
import org.eclipse.elk.core.math.ElkPadding;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.core.options.EdgeRouting;
import org.eclipse.elk.core.util.BasicProgressMonitor;
import org.eclipse.elk.graph.ElkBendPoint;
import org.eclipse.elk.graph.ElkEdge;
import org.eclipse.elk.graph.ElkEdgeSection;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.util.ElkGraphUtil;

/**
 * A {@link Graph} laid out by Eclipse ELK's layered algorithm (left to right, orthogonal edges) and drawn as SVG:
 * each node a link, edges and nodes on a cycle in the {@code cycle} class (drawn red).
 */
final class GraphPicture {

    static final double CHAR_WIDTH = 7.0;
    static final double NODE_HEIGHT = 26;

    private static boolean registered;

    private GraphPicture() {
    }

    /** The SVG of the graph; {@code cssClass} and {@code label} go on the root element. */
    static String svg(Graph graph, String cssClass, String label) {
        register();
        ElkNode root = ElkGraphUtil.createGraph();
        root.setProperty(CoreOptions.ALGORITHM, LayeredOptions.ALGORITHM_ID);
        root.setProperty(CoreOptions.DIRECTION, Direction.RIGHT);
        root.setProperty(CoreOptions.EDGE_ROUTING, EdgeRouting.ORTHOGONAL);
        root.setProperty(CoreOptions.SPACING_NODE_NODE, 14.0);
        root.setProperty(LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS, 36.0);
        root.setProperty(LayeredOptions.SPACING_EDGE_NODE_BETWEEN_LAYERS, 12.0);
        root.setProperty(CoreOptions.PADDING, new ElkPadding(12));
        List<ElkNode> nodes = new ArrayList<>();
        for (Graph.Node n : graph.nodes) {
            ElkNode node = ElkGraphUtil.createNode(root);
            node.setDimensions(width(n.label()), NODE_HEIGHT);
            nodes.add(node);
        }
        List<ElkEdge> edges = new ArrayList<>();
        for (Graph.Edge e : graph.edges) {
            edges.add(ElkGraphUtil.createSimpleEdge(nodes.get(e.from()), nodes.get(e.to())));
        }
        new RecursiveGraphLayoutEngine().layout(root, new BasicProgressMonitor());

        int[] cycle = graph.cycles();
        StringBuilder svg = new StringBuilder(256 + graph.nodes.size() * 200 + graph.edges.size() * 120);
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"").append(cssClass).append("\" width=\"")
                .append(num(root.getWidth())).append("\" height=\"").append(num(root.getHeight()))
                .append("\" viewBox=\"0 0 ").append(num(root.getWidth())).append(' ').append(num(root.getHeight()))
                .append("\" role=\"img\" aria-label=\"").append(Html.escape(label)).append("\">");
        svg.append("<g class=\"edges\">");
        for (int i = 0; i < edges.size(); i++) {
            Graph.Edge e = graph.edges.get(i);
            boolean onCycle = cycle[e.from()] >= 0 && cycle[e.from()] == cycle[e.to()];
            svg.append("<path class=\"edge").append(onCycle ? " cycle" : "").append("\" d=\"");
            for (ElkEdgeSection s : edges.get(i).getSections()) {
                svg.append('M').append(num(s.getStartX())).append(' ').append(num(s.getStartY()));
                for (ElkBendPoint b : s.getBendPoints()) {
                    svg.append('L').append(num(b.getX())).append(' ').append(num(b.getY()));
                }
                svg.append('L').append(num(s.getEndX())).append(' ').append(num(s.getEndY()));
            }
            svg.append("\" marker-end=\"url(#").append(onCycle ? "arrow-cycle" : "arrow").append(")\"/>");
        }
        svg.append("</g><g class=\"nodes\">");
        for (int i = 0; i < nodes.size(); i++) {
            Graph.Node n = graph.nodes.get(i);
            ElkNode node = nodes.get(i);
            svg.append("<a href=\"").append(Html.escape(n.href())).append("\" class=\"node ").append(n.kind())
                    .append(cycle[i] >= 0 ? " cycle" : "").append("\" data-key=\"").append(Html.escape(n.key()))
                    .append("\"><title>").append(Html.escape(n.title())).append("</title><rect x=\"")
                    .append(num(node.getX())).append("\" y=\"").append(num(node.getY())).append("\" width=\"")
                    .append(num(node.getWidth())).append("\" height=\"").append(num(node.getHeight()))
                    .append("\" rx=\"4\"/><text x=\"").append(num(node.getX() + node.getWidth() / 2))
                    .append("\" y=\"").append(num(node.getY() + NODE_HEIGHT / 2 + 4)).append("\">")
                    .append(Html.escape(n.label())).append("</text></a>");
        }
        return svg.append("</g></svg>").toString();
    }

    static double width(String label) {
        return Math.max(48, Math.ceil(label.length() * CHAR_WIDTH) + 16);
    }

    private static synchronized void register() {
        if (!registered) {
            LayoutMetaDataService service = LayoutMetaDataService.getInstance();
            if (service.getAlgorithmData(LayeredOptions.ALGORITHM_ID) == null) {
                service.registerLayoutMetaDataProviders(new LayeredMetaDataProvider());
            }
            registered = true;
        }
    }

    private static String num(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
