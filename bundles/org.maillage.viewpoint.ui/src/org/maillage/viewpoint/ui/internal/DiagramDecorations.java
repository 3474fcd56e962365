/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.viewpoint.ui.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.maillage.model.edit.RoadmapDocument;
import org.maillage.validation.QuickFix;
import org.maillage.validation.QuickFixes;
import org.maillage.validation.RuleDiagnostic;
import org.maillage.validation.ValidationSnapshot;
import org.maillage.viewpoint.DiagramProblems;
import org.maillage.viewpoint.Legend;
import org.maillage.viewpoint.model.diagram.DDiagramElement;
import org.maillage.viewpoint.model.diagram.DNode;
import org.maillage.viewpoint.model.diagram.DiagramFactory;
import org.maillage.viewpoint.model.diagram.DPoint;
import org.maillage.viewpoint.model.diagram.EdgeStyle;
import org.maillage.viewpoint.model.diagram.NodeStyle;
import org.maillage.viewpoint.render.LegendLayout;
import org.maillage.viewpoint.render.ProblemBadge;

/**
 * What the diagram editor draws over the diagram: the validation problems of the elements, as a badge on the
 * top-right corner of their nodes with the messages as the canvas's tooltip, and, on demand (« Légende » in the context
 * menu), the legend computed from the description, in the top-right corner of the canvas. The context menu of a node
 * with problems offers their quick fixes, run on the roadmap's command stack.
 * <p>
 * The problems come from the same place as the Problems view's: a {@link ValidationSnapshot} taken on the UI thread
 * and validated in a background job, when the editor opens and half a second after the last change of the roadmap,
 * so that the diagram and the Problems view show the same problems after each edit.
 */
public final class DiagramDecorations {

    /** The family of the validation jobs, for tests. */
    public static final Object FAMILY = DiagramDecorations.class;
    private static final int DELAY = 500;
    private static final int MARGIN = 12;

    private final DiagramCanvas canvas;
    private final RoadmapDocument document;
    private final CommandStackListener stackListener = event -> validateSoon();
    private final Runnable delayed = this::validateNow;
    private final IAction legendAction;
    private List<RuleDiagnostic> diagnostics = List.of();
    private DiagramProblems problems = DiagramProblems.NONE;
    private boolean legendShown;
    private Job job;
    private int generation;
    private Font font;
    private Font bold;
    private String tooltip;

    /**
     * @param canvas the editor's canvas
     * @param document the roadmap shown, whose command stack runs the fixes
     */
    DiagramDecorations(DiagramCanvas canvas, RoadmapDocument document) {
        this.canvas = canvas;
        this.document = document;
        legendAction = new Action(Messages.get("action.legend"), IAction.AS_CHECK_BOX) {
            @Override
            public void run() {
                setLegendShown(isChecked());
            }
        };
        legendAction.setId("action.legend");
        canvas.addOverlay(this::paint);
        canvas.control().addListener(SWT.MouseMove, this::hover);
        // GTK keeps a control's tooltip up while its context menu opens, over the menu's first entries.
        canvas.control().addListener(SWT.MenuDetect, e -> hideTooltip());
        document.getCommandStack().addCommandStackListener(stackListener);
        validateNow();
    }

    // ------------------------------------------------------------------ problems

    private void validateSoon() {
        Display display = canvas.control().getDisplay();
        display.timerExec(-1, delayed);
        display.timerExec(DELAY, delayed);
    }

    /** Validates the roadmap as it is now, in the background, dropping a validation still running. */
    void validateNow() {
        if (canvas.control().isDisposed()) {
            return;
        }
        canvas.control().getDisplay().timerExec(-1, delayed);
        cancel();
        int current = ++generation;
        ValidationSnapshot snapshot = ValidationSnapshot.take(document.getModel());
        Display display = canvas.control().getDisplay();
        job = snapshot.job(Messages.get("job.problems"), FAMILY, found -> display.asyncExec(() -> {
            if (current == generation && !canvas.control().isDisposed()) {
                show(found);
            }
        }));
        job.setSystem(true);
        job.schedule();
    }

    private void show(List<RuleDiagnostic> found) {
        diagnostics = List.copyOf(found);
        problems = DiagramProblems.of(diagnostics);
        canvas.redraw();
    }

    private void cancel() {
        generation++;
        if (job != null) {
            job.cancel();
            job = null;
        }
    }

    /** @return the problems last found, naming the roadmap's elements */
    public List<RuleDiagnostic> problems() {
        return diagnostics;
    }

    /** @return whether a validation is waiting or running */
    public boolean isValidating() {
        return job != null && job.getState() != Job.NONE;
    }

    /** @return the problems of the node's semantic element */
    public List<RuleDiagnostic> problemsOf(DNode node) {
        EObject semantic = canvas.session().semanticElement(node);
        return semantic == null ? List.of()
                : diagnostics.stream().filter(d -> d.getElement() == semantic).toList();
    }

    // ------------------------------------------------------------------ painting

    private void paint(GC gc) {
        if (!problems.isEmpty()) {
            for (DNode node : canvas.index().containers()) {
                badge(gc, node);
            }
            for (DNode node : canvas.index().leaves()) {
                badge(gc, node);
            }
        }
        if (legendShown) {
            legend(gc);
        }
    }

    private void badge(GC gc, DNode node) {
        int severity = problems.severity(node.getSemanticElement());
        if (severity == Diagnostic.OK) {
            return;
        }
        ProblemBadge b = badgeOf(node);
        Display display = gc.getDevice() instanceof Display d ? d : canvas.control().getDisplay();
        int x = (int) Math.round(b.x());
        int y = (int) Math.round(b.y());
        int s = (int) Math.round(b.size());
        boolean error = severity >= Diagnostic.ERROR;
        boolean warning = !error && severity >= Diagnostic.WARNING;
        gc.setLineAttributes(DiagramPainter.line(1, DiagramFactory.eINSTANCE.createNodeStyle()));
        gc.setForeground(display.getSystemColor(SWT.COLOR_WHITE));
        if (warning) {
            gc.setBackground(color("#F0A000"));
            int[] triangle = { x + s / 2, y, x + s, y + s, x, y + s };
            gc.fillPolygon(triangle);
            gc.drawPolygon(triangle);
        } else {
            gc.setBackground(color(error ? "#D32F2F" : "#1F6FB2"));
            gc.fillOval(x, y, s, s);
            gc.drawOval(x, y, s, s);
        }
        gc.setFont(fonts(display)[1]);
        gc.setForeground(display.getSystemColor(warning ? SWT.COLOR_BLACK : SWT.COLOR_WHITE));
        String mark = error || warning ? "!" : "i";
        Point extent = gc.textExtent(mark);
        gc.drawText(mark, x + (s - extent.x) / 2, y + (s - extent.y) / 2 + (warning ? 2 : 0), true);
    }

    /** @return the badge of a node, in canvas pixels (a fixed size whatever the zoom, to stay visible) */
    private ProblemBadge badgeOf(DNode node) {
        Rectangle r = canvas.pixelBounds(node);
        return ProblemBadge.of(new double[] { r.x, r.y, r.width, r.height });
    }

    private void legend(GC gc) {
        Legend legend = Legend.of(canvas.session());
        if (legend.isEmpty()) {
            return;
        }
        Display display = canvas.control().getDisplay();
        LegendLayout layout = LegendLayout.of(legend);
        Rectangle at = legendBounds(layout);
        Font[] fonts = fonts(display);
        DiagramPainter painter = canvas.painter();
        gc.setBackground(display.getSystemColor(SWT.COLOR_WHITE));
        gc.setForeground(color("#9A9A9A"));
        gc.setLineAttributes(DiagramPainter.line(1, DiagramFactory.eINSTANCE.createNodeStyle()));
        gc.fillRoundRectangle(at.x, at.y, at.width, at.height, 8, 8);
        gc.drawRoundRectangle(at.x, at.y, at.width, at.height, 8, 8);
        gc.setForeground(display.getSystemColor(SWT.COLOR_BLACK));
        gc.setFont(fonts[1]);
        text(gc, layout.title(), at.x + LegendLayout.PADDING, at.y + layout.titleBaseline());
        for (LegendLayout.Row row : layout.rows()) {
            int x = at.x + (int) Math.round(row.sampleX());
            int y = at.y + (int) Math.round(row.sampleY());
            int w = (int) Math.round(row.sampleWidth());
            int h = (int) Math.round(row.sampleHeight());
            if (row.entry().style() instanceof EdgeStyle edge) {
                Color stroke = painter.color(edge.getLineColor());
                gc.setForeground(stroke);
                gc.setBackground(stroke);
                gc.setLineAttributes(DiagramPainter.line(edge.getLineSize(), edge));
                gc.drawLine(x, y + h / 2, x + w, y + h / 2);
                painter.decorator(gc, edge.getTargetDecorator(), point(x + w, y + h / 2.0), point(x, y + h / 2.0),
                        stroke, edge.getLineSize());
                painter.decorator(gc, edge.getSourceDecorator(), point(x, y + h / 2.0), point(x + w, y + h / 2.0),
                        stroke, edge.getLineSize());
            } else if (row.entry().style() instanceof NodeStyle node) {
                painter.shape(gc, node, x, y, w, h);
            }
            gc.setForeground(display.getSystemColor(SWT.COLOR_BLACK));
            gc.setFont(fonts[0]);
            text(gc, row.entry().label(), at.x + row.textX(), at.y + row.baseline());
        }
    }

    /** Draws a text whose baseline is at {@code baseline}, as the SVG's {@code <text>} is placed. */
    private static void text(GC gc, String text, double x, double baseline) {
        int ascent = gc.getFontMetrics().getAscent();
        gc.drawText(text, (int) Math.round(x), (int) Math.round(baseline) - ascent, true);
    }

    private static DPoint point(double x, double y) {
        DPoint p = DiagramFactory.eINSTANCE.createDPoint();
        p.setX(x);
        p.setY(y);
        return p;
    }

    private Rectangle legendBounds(LegendLayout layout) {
        Rectangle client = canvas.control().getClientArea();
        int width = (int) Math.ceil(layout.width());
        return new Rectangle(Math.max(0, client.width - width - MARGIN), MARGIN, width,
                (int) Math.ceil(layout.height()));
    }

    /** @return where the legend is drawn on the canvas, in pixels, or {@code null} when it is hidden */
    public Rectangle legendBounds() {
        return legendShown ? legendBounds(LegendLayout.of(Legend.of(canvas.session()))) : null;
    }

    /** @return the text font and the bold one, sized as the legend's texts in pixels */
    private Font[] fonts(Display display) {
        if (font == null) {
            FontData data = display.getSystemFont().getFontData()[0];
            int points = Math.max(6, Math.round(LegendLayout.FONT_SIZE * 72f / display.getDPI().y));
            font = new Font(display, new FontData(data.getName(), points, SWT.NORMAL));
            bold = new Font(display, new FontData(data.getName(), points, SWT.BOLD));
        }
        return new Font[] { font, bold };
    }

    private Color color(String hex) {
        return canvas.painter().color(hex);
    }

    // ------------------------------------------------------------------ legend, tooltip, menu

    /** @return whether the legend is shown */
    public boolean isLegendShown() {
        return legendShown;
    }

    /** Shows or hides the legend. */
    public void setLegendShown(boolean shown) {
        legendShown = shown;
        legendAction.setChecked(shown);
        canvas.redraw();
    }

    private void hideTooltip() {
        tooltip = null;
        canvas.control().setToolTipText(null);
    }

    private void hover(Event event) {
        String text = toolTipAt(event.x, event.y);
        if (!Objects.equals(text, tooltip)) {
            tooltip = text;
            canvas.control().setToolTipText(text);
        }
    }

    /**
     * @param px abscissa on the canvas, in pixels
     * @param py ordinate on the canvas, in pixels
     * @return the problems' messages the canvas shows as tooltip there (over a node with problems or its badge), or
     *         {@code null}
     */
    public String toolTipAt(int px, int py) {
        if (problems.isEmpty() || canvas.isBusy()) {
            return null;
        }
        List<DNode> nodes = new ArrayList<>(canvas.index().leaves());
        nodes.addAll(canvas.index().containers());
        for (DNode node : nodes) {
            if (problems.severity(node.getSemanticElement()) > Diagnostic.OK && badgeOf(node).contains(px, py)) {
                return problems.tooltip(node.getSemanticElement());
            }
        }
        DDiagramElement hit = canvas.elementAtPixel(px, py);
        String text = hit instanceof DNode ? problems.tooltip(hit.getSemanticElement()) : "";
        return text.isEmpty() ? null : text;
    }

    /**
     * @param node a node of the diagram
     * @return the quick fixes of its problems, in the order of the problems
     */
    public List<QuickFix> quickFixes(DNode node) {
        List<QuickFix> fixes = new ArrayList<>();
        for (RuleDiagnostic problem : problemsOf(node)) {
            // The problem may be older than the last edit: only fix elements still in the roadmap.
            if (problem.getElement().eResource() != null) {
                fixes.addAll(QuickFixes.forProblem(problem));
            }
        }
        return fixes;
    }

    /** Runs a quick fix on the roadmap's command stack: one undo takes it back, and the problems are found again. */
    public void apply(QuickFix fix) {
        document.getCommandStack().execute(fix.createCommand(document.getEditingDomain()));
    }

    /** Adds « Légende » and, on a node with problems, « Correction rapide » with its fixes to the context menu. */
    void fillContextMenu(IMenuManager menu) {
        legendAction.setChecked(legendShown);
        List<DDiagramElement> selection = canvas.selection();
        if (selection.size() == 1 && selection.get(0) instanceof DNode node && !problemsOf(node).isEmpty()) {
            MenuManager fixes = new MenuManager(Messages.get("menu.quickFix"));
            for (QuickFix fix : quickFixes(node)) {
                fixes.add(new Action(fix.label()) {
                    @Override
                    public void run() {
                        if (!canvas.isBusy()) {
                            apply(fix);
                        }
                    }
                });
            }
            if (fixes.isEmpty()) {
                Action none = new Action(Messages.get("menu.quickFix.none")) {
                };
                none.setEnabled(false);
                fixes.add(none);
            }
            menu.insertBefore(IWorkbenchActionConstants.MB_ADDITIONS, fixes);
        }
        menu.insertBefore(IWorkbenchActionConstants.MB_ADDITIONS, new Separator());
        menu.insertBefore(IWorkbenchActionConstants.MB_ADDITIONS, legendAction);
    }

    /** Stops validating and releases the fonts. */
    void dispose() {
        cancel();
        if (!canvas.control().isDisposed()) {
            canvas.control().getDisplay().timerExec(-1, delayed);
        }
        document.getCommandStack().removeCommandStackListener(stackListener);
        if (font != null) {
            font.dispose();
            bold.dispose();
        }
    }
}
