/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.app.internal;

import java.util.Comparator;
import java.util.List;

import org.eclipse.core.runtime.Platform;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.viewers.ColumnPixelData;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.part.ViewPart;
import org.eclipse.ui.views.properties.IPropertySheetPage;
import org.maillage.app.MaillageUi;
import org.maillage.edit.ui.HelpContexts;
import org.maillage.edit.ui.ItemProviderLabelProvider;
import org.maillage.edit.ui.PropertySheets;
import org.maillage.model.edit.RoadmapDocument;
import org.maillage.validation.QuickFix;
import org.maillage.validation.QuickFixes;
import org.maillage.validation.Severity;

/**
 * "Problèmes": the diagnostics of the validation rules for the active roadmap, errors first, with the message, the
 * element and the rule's code. Validation runs in a background job when the roadmap is shown and half a second after
 * each change; double-clicking a problem selects its element in the explorer, and so shows it in the editor. The
 * context menu's « Correction rapide » lists the problem's quick fixes and runs the chosen one on the command stack.
 */
public final class ProblemsView extends ViewPart {

    private TableViewer viewer;
    private ActiveRoadmapTracker tracker;
    private RoadmapValidation validation;
    private ItemProviderLabelProvider labels;
    private List<Problem> problems = List.of();

    /**
     * Opens the problems view and validates the active roadmap now (the explorer's "Valider").
     *
     * @param page the workbench page
     */
    public static void showAndValidate(IWorkbenchPage page) {
        try {
            ProblemsView view = (ProblemsView) page.showView(MaillageUi.PROBLEMS_VIEW_ID);
            view.validateNow();
        } catch (PartInitException e) {
            Platform.getLog(ProblemsView.class).error(e.getMessage(), e);
        }
    }

    @Override
    public void createPartControl(Composite parent) {
        HelpContexts.set(parent, HelpContexts.PROBLEMS);
        // The columns share the view's width: the message and the element grow with it, severity and rule do not.
        RecordTable<Problem> table = new RecordTable<>(parent, Problem.class);
        viewer = table.viewer();
        table.column(Messages.get("problems.column.severity"), new ColumnPixelData(130),
                p -> Messages.get("problems.severity." + p.severity()), p -> severityImage(p.severity()),
                Problem::message);
        table.column(Messages.get("problems.column.message"), new ColumnWeightData(60, 200),
                Problem::message, p -> null, Problem::message);
        table.column(Messages.get("problems.column.element"), new ColumnWeightData(30, 120),
                p -> labels == null ? "" : labels.getText(p.element()),
                p -> labels == null ? null : labels.getImage(p.element()), Problem::message);
        table.column(Messages.get("problems.column.rule"), new ColumnPixelData(200), Problem::ruleCode, p -> null,
                Problem::message);
        viewer.addDoubleClickListener(event -> {
            if (((IStructuredSelection) event.getSelection()).getFirstElement() instanceof Problem problem) {
                reveal(problem);
            }
        });
        getSite().setSelectionProvider(new ProblemSelection(viewer));
        MenuManager menu = new MenuManager("#PopupMenu");
        menu.setRemoveAllWhenShown(true);
        menu.addMenuListener(this::fillContextMenu);
        viewer.getControl().setMenu(menu.createContextMenu(viewer.getControl()));
        validation = new RoadmapValidation(parent.getDisplay(),
                () -> setContentDescription(Messages.get("problems.running")), this::show);
        tracker = new ActiveRoadmapTracker(getSite().getPage(), this::follow);
    }

    private static Image severityImage(Severity severity) {
        String key = switch (severity) {
        case ERROR -> ISharedImages.IMG_OBJS_ERROR_TSK;
        case WARNING -> ISharedImages.IMG_OBJS_WARN_TSK;
        case INFO -> ISharedImages.IMG_OBJS_INFO_TSK;
        };
        return PlatformUI.getWorkbench().getSharedImages().getImage(key);
    }

    private void follow(RoadmapDocument document) {
        // The rows of the previous roadmap go at once, before its label provider does.
        problems = List.of();
        viewer.setInput(problems);
        if (labels != null) {
            labels.dispose();
        }
        labels = document == null ? null : new ItemProviderLabelProvider(document.getAdapterFactory());
        validation.follow(document);
    }

    private void show(List<Problem> found) {
        if (viewer.getControl().isDisposed()) {
            return;
        }
        // Errors first, then warnings, then remarks; in model order within a severity (the sort is stable).
        problems = found.stream().sorted(Comparator.comparing(Problem::severity)).toList();
        viewer.setInput(problems);
        long errors = problems.stream().filter(p -> p.severity() == Severity.ERROR).count();
        long warnings = problems.stream().filter(p -> p.severity() == Severity.WARNING).count();
        setContentDescription(tracker == null || tracker.current() == null ? Messages.get("roadmap.none")
                : Messages.get("problems.summary", errors, warnings, problems.size() - errors - warnings));
    }

    private void reveal(Problem problem) {
        try {
            RoadmapView explorer = (RoadmapView) getSite().getPage().showView(MaillageUi.ROADMAP_VIEW_ID);
            explorer.reveal(problem.element());
        } catch (PartInitException e) {
            Platform.getLog(ProblemsView.class).error(e.getMessage(), e);
        }
    }

    /** The context menu: « Correction rapide » and the fixes of the selected problem, if any is obvious. */
    private void fillContextMenu(IMenuManager menu) {
        if (!(viewer.getStructuredSelection().getFirstElement() instanceof Problem problem)) {
            return;
        }
        MenuManager fixes = new MenuManager(Messages.get("problems.menu.fix"));
        List<QuickFix> offered = fixes(problem);
        for (QuickFix fix : offered) {
            fixes.add(new Action(fix.label()) {
                @Override
                public void run() {
                    apply(fix);
                }
            });
        }
        if (offered.isEmpty()) {
            Action none = new Action(Messages.get("problems.menu.noFix")) {
            };
            none.setEnabled(false);
            fixes.add(none);
        }
        menu.add(fixes);
    }

    private List<QuickFix> fixes(Problem problem) {
        RoadmapDocument document = tracker == null ? null : tracker.current();
        // A problem of a roadmap no longer shown, or of an element since deleted, has nothing left to fix.
        if (document == null || problem.element().eResource() == null) {
            return List.of();
        }
        return QuickFixes.forProblem(problem.diagnostic());
    }

    /** Runs the fix on the roadmap's command stack (one undo takes it back); the validation then runs again. */
    private void apply(QuickFix fix) {
        RoadmapDocument document = tracker.current();
        if (document != null) {
            document.getCommandStack().execute(fix.createCommand(document.getEditingDomain()));
        }
    }

    /**
     * @param index a problem's row
     * @return the labels of the quick fixes its context menu offers, for tests
     */
    public List<String> quickFixes(int index) {
        return fixes(problems.get(index)).stream().map(QuickFix::label).toList();
    }

    /**
     * Does what choosing a quick fix in the context menu does, for tests.
     *
     * @param index a problem's row
     * @param fix the fix's position in {@link #quickFixes(int)}
     */
    public void applyQuickFix(int index, int fix) {
        apply(fixes(problems.get(index)).get(fix));
    }

    /** Validates the active roadmap now, in the background. */
    public void validateNow() {
        validation.validateNow();
    }

    /** @return the problems shown, errors first, for tests */
    public List<Problem> getProblems() {
        return problems;
    }

    /** @return whether a validation is waiting or running, for tests */
    public boolean isValidating() {
        return validation.isBusy();
    }

    /** @return the table, for tests */
    public TableViewer getViewer() {
        return viewer;
    }

    /**
     * Does what a double-click on a problem does, for tests.
     *
     * @param index the problem's row
     */
    public void open(int index) {
        reveal(problems.get(index));
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
        if (validation != null) {
            validation.dispose();
        }
        if (labels != null) {
            labels.dispose();
        }
        super.dispose();
    }

    @Override
    public <T> T getAdapter(Class<T> adapter) {
        if (adapter == IPropertySheetPage.class) {
            // The tabbed Properties view, as in the roadmap editor.
            return adapter.cast(PropertySheets.createPage());
        }
        return super.getAdapter(adapter);
    }
}
