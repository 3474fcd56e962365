/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.app.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.Platform;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.viewers.ColumnPixelData;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.part.ViewPart;
import org.maillage.app.MaillageUi;
import org.maillage.app.internal.seance.SeanceActions;
import org.maillage.edit.ui.HelpContexts;
import org.maillage.edit.ui.ItemProviderLabelProvider;
import org.maillage.model.Element;
import org.maillage.model.ModeleMaillage;
import org.maillage.model.edit.RoadmapDocument;
import org.maillage.model.edit.seance.SeanceBrief;
import org.maillage.model.instance.Instance;
import org.maillage.model.instance.Seance;
import org.maillage.model.seance.Change;

/**
 * "Changements depuis la séance du …": for the active roadmap, what changed since its last frozen CTS séance, one
 * sentence per change as the dossier de séance and {@code maillage changes} say it ({@link SeanceBrief}). The list
 * follows the model: it is computed again a short while after the last change (an edit, an undo, a freeze).
 * Double-clicking a change selects its element in the explorer; an element removed since has nothing to select,
 * which the status line says.
 * <p>
 * The comparison runs on the UI thread: on the Eure example it takes a few milliseconds (freezing the current state
 * and comparing two lists of a few hundred elements), less than the validation the problems view moves to a job.
 */
public final class ChangesView extends ViewPart {

    /** How long after the last change the list is computed again, in milliseconds. */
    static final int DELAY = 400;

    /**
     * One line of the view.
     *
     * @param change the change
     * @param sentence how {@link SeanceBrief#changeSentences()} says it
     */
    public record Row(Change change, String sentence) {
    }

    private TableViewer viewer;
    private ActiveRoadmapTracker tracker;
    private RoadmapDocument document;
    private ItemProviderLabelProvider labels;
    private List<Row> rows = List.of();
    private Map<String, Element> byUuid = Map.of();
    private Seance since;
    private boolean pending;
    private String status;
    private final Runnable delayed = this::refresh;
    private final RoadmapDocument.Listener changes = d -> refreshSoon();

    @Override
    public void createPartControl(Composite parent) {
        HelpContexts.set(parent, HelpContexts.CHANGES);
        RecordTable<Row> table = new RecordTable<>(parent, Row.class);
        viewer = table.viewer();
        table.column(Messages.get("changes.column.kind"), new ColumnPixelData(170),
                r -> Messages.get("changes.kind." + r.change().kind().name()), r -> null, Row::sentence);
        table.column(Messages.get("changes.column.change"), new ColumnWeightData(100, 300), Row::sentence,
                r -> labels == null ? null : labels.getImage(element(r.change())), Row::sentence);
        viewer.addDoubleClickListener(event -> {
            if (((IStructuredSelection) event.getSelection()).getFirstElement() instanceof Row row) {
                reveal(row);
            }
        });
        tracker = new ActiveRoadmapTracker(getSite().getPage(), this::follow);
    }

    private void follow(RoadmapDocument shown) {
        if (document != null) {
            document.removeListener(changes);
        }
        rows = List.of();
        viewer.setInput(rows);
        if (labels != null) {
            labels.dispose();
        }
        document = shown;
        labels = shown == null ? null : new ItemProviderLabelProvider(shown.getAdapterFactory());
        if (shown != null) {
            shown.addListener(changes);
        }
        refresh();
    }

    /** Computes the list again {@link #DELAY} ms after the last call: a burst of edits gives one comparison. */
    private void refreshSoon() {
        if (viewer.getControl().isDisposed()) {
            return;
        }
        pending = true;
        viewer.getControl().getDisplay().timerExec(-1, delayed);
        viewer.getControl().getDisplay().timerExec(DELAY, delayed);
    }

    /** Compares the roadmap as it is now with its last frozen séance, and shows the changes. */
    void refresh() {
        pending = false;
        if (viewer.getControl().isDisposed()) {
            return;
        }
        viewer.getControl().getDisplay().timerExec(-1, delayed);
        if (document == null) {
            show(List.of(), null);
            setPartName(Messages.get("changes.title.none"));
            setContentDescription(Messages.get("roadmap.none"));
            return;
        }
        SeanceBrief brief = new SeanceBrief(document.getModel(), LocalDate.now());
        Seance frozen = brief.lastFrozen().orElse(null);
        if (frozen == null) {
            show(List.of(), null);
            setPartName(Messages.get("changes.title.none"));
            setContentDescription(Messages.get("changes.noFrozenSeance"));
            return;
        }
        List<Change> found = brief.changes();
        List<String> sentences = brief.changeSentences();
        List<Row> computed = new ArrayList<>();
        for (int i = 0; i < found.size(); i++) {
            computed.add(new Row(found.get(i), sentences.get(i)));
        }
        show(computed, frozen);
        setPartName(Messages.get("changes.title", SeanceActions.date(frozen.getDate())));
        setContentDescription(Messages.get("changes.summary", frozen.getNom(), computed.size()));
    }

    private void show(List<Row> computed, Seance frozen) {
        byUuid = computed.isEmpty() || document == null ? Map.of() : index(document.getModel());
        rows = List.copyOf(computed);
        since = frozen;
        viewer.setInput(rows);
    }

    /** @return the element a change is about, as it is now in the roadmap, or {@code null} (removed, or a figure) */
    private Element element(Change change) {
        Element element = change.element() == null ? null : byUuid.get(change.element());
        // Deleted after the last comparison, before the next one: nothing to show either.
        return element == null || element.eResource() == null ? null : element;
    }

    /** @return the roadmap's elements by uuid, read once per comparison rather than once per row painted */
    private static Map<String, Element> index(ModeleMaillage model) {
        Map<String, Element> index = new HashMap<>();
        for (TreeIterator<EObject> it = model.eAllContents(); it.hasNext();) {
            EObject next = it.next();
            if (next instanceof Instance) {
                // No change names a séance or what a snapshot holds: the instances' contents need no reading.
                it.prune();
            } else if (next instanceof Element element && element.getUuid() != null) {
                index.put(element.getUuid(), element);
            }
        }
        return index;
    }

    private void reveal(Row row) {
        Element element = element(row.change());
        if (element == null) {
            status = Messages.get(row.change().element() == null ? "changes.reveal.figure" : "changes.reveal.removed",
                    row.change().libelle());
            getViewSite().getActionBars().getStatusLineManager().setMessage(status);
            return;
        }
        status = null;
        getViewSite().getActionBars().getStatusLineManager().setMessage(null);
        try {
            RoadmapView explorer = (RoadmapView) getSite().getPage().showView(MaillageUi.ROADMAP_VIEW_ID);
            explorer.reveal(element);
        } catch (PartInitException e) {
            Platform.getLog(ChangesView.class).error(e.getMessage(), e);
        }
    }

    /** @return the changes shown, in the diff's order, for tests */
    public List<Row> getRows() {
        return rows;
    }

    /** @return the séance the changes are counted from, or {@code null} */
    public Seance getSince() {
        return since;
    }

    /** @return whether a new comparison is waiting for the pause after a change, for tests */
    public boolean isPending() {
        return pending;
    }

    /** @return what the status line says after the last double-click, or {@code null}, for tests */
    public String getStatus() {
        return status;
    }

    /** @return the table, for tests */
    public TableViewer getViewer() {
        return viewer;
    }

    /**
     * Does what a double-click on a change does, for tests.
     *
     * @param index the change's row
     */
    public void open(int index) {
        reveal(rows.get(index));
    }

    @Override
    public void setFocus() {
        viewer.getControl().setFocus();
    }

    @Override
    public void dispose() {
        if (tracker != null) {
            tracker.dispose();
        }
        if (document != null) {
            document.removeListener(changes);
        }
        if (viewer != null && !viewer.getControl().isDisposed()) {
            viewer.getControl().getDisplay().timerExec(-1, delayed);
        }
        if (labels != null) {
            labels.dispose();
        }
        super.dispose();
    }
}
