/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.roadmap.ui.internal;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.events.ExpansionAdapter;
import org.eclipse.ui.forms.events.ExpansionEvent;
import org.eclipse.ui.forms.events.HyperlinkAdapter;
import org.eclipse.ui.forms.events.HyperlinkEvent;
import org.eclipse.ui.forms.widgets.ExpandableComposite;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.Hyperlink;
import org.eclipse.ui.forms.widgets.ScrolledForm;
import org.eclipse.ui.forms.widgets.Section;
import org.eclipse.ui.forms.widgets.TableWrapData;
import org.eclipse.ui.forms.widgets.TableWrapLayout;
import org.maillage.core.text.Dates;
import org.maillage.model.Element;
import org.maillage.model.ModeleMaillage;
import org.maillage.model.edit.RoadmapDocument;
import org.maillage.model.edit.seance.ChangeSentences;
import org.maillage.model.edit.seance.SeanceBrief;
import org.maillage.model.figures.Figures;
import org.maillage.model.figures.Gap;
import org.maillage.model.instance.Seance;
import org.maillage.model.instance.TypeInstance;
import org.maillage.model.plan.Chantier;
import org.maillage.model.seance.Change;

/**
 * The sections of the dashboard and what they show of a {@link SeanceBrief}. The sections are made once; their
 * contents are made again at each {@link #show(SeanceBrief)} (a few dozen widgets: cheaper and simpler than
 * matching old lines with new ones). Every line that names an element is a link that opens it.
 */
public final class DashboardSections {

    /** Data key of a key figure's value and trend labels: the figure's id (for the tests). */
    public static final String FIGURE = "maillage.dashboard.figure";
    /** Data key of the trend label of a key figure: the figure's id. */
    public static final String TREND = "maillage.dashboard.trend";
    /** Data key of a section: which part of the dashboard it is ({@code late}, {@code gaps}...). */
    public static final String PART = "maillage.dashboard.part";

    /** Links to gap elements shown under one rule before "and N more". */
    private static final int GAP_LINKS = 20;
    /** Change sentences shown before "and N more". */
    private static final int CHANGE_LINES = 8;
    private static final DateTimeFormatter DATE = Dates.SHORT;
    /** The key figure that counts the gaps of each rule (docs/figures.md). */
    private static final Map<String, String> RULE_FIGURES = Map.of(Gap.EPCI_SANS_CLS, "epci-sans-cls",
            Gap.QPV_SANS_ACTION_CLS, "qpv-sans-action-cls", Gap.COMMUNE_HORS_CPTS, "communes-hors-cpts",
            Gap.MESURE_NON_DECLINEE, "mesures-non-declinees");

    private final IManagedForm managedForm;
    private final FormToolkit toolkit;
    private final RoadmapDocument document;
    private final Consumer<EObject> open;
    private final Runnable editElements;
    private final Section figures;
    private final Section late;
    private final Section gaps;
    private final Section next;
    private final Section decisions;
    private final Section changes;
    private final Section file;
    /** The rules whose gaps the user unfolded: kept unfolded when the dashboard is made again. */
    private final Set<String> unfolded = new HashSet<>();
    /** What each section shows, to make again only those whose content changed. */
    private final Map<Section, Object> signatures = new HashMap<>();

    /**
     * @param managedForm the page's form
     * @param document the roadmap shown
     * @param open opens an element (its form on the "Éléments" page)
     * @param editElements shows the "Éléments" page
     */
    DashboardSections(IManagedForm managedForm, RoadmapDocument document, Consumer<EObject> open,
            Runnable editElements) {
        this.managedForm = managedForm;
        this.toolkit = managedForm.getToolkit();
        this.document = document;
        this.open = open;
        this.editElements = editElements;
        ScrolledForm form = managedForm.getForm();
        toolkit.decorateFormHeading(form.getForm());
        Composite body = form.getBody();
        TableWrapLayout layout = layout(2, 10, 10);
        layout.makeColumnsEqualWidth = true;
        layout.horizontalSpacing = 12;
        body.setLayout(layout);
        Composite left = column(body);
        Composite right = column(body);
        figures = section(left, "figures", "dashboard.figures");
        figures.setDescription(" ");
        late = section(left, "late", "dashboard.late");
        gaps = section(left, "gaps", "dashboard.gaps");
        next = section(right, "next", "dashboard.next");
        decisions = section(right, "decisions", "dashboard.decisions");
        changes = section(right, "changes", "dashboard.changes");
        file = section(right, "file", "overview.counts");
    }

    private Composite column(Composite body) {
        Composite column = toolkit.createComposite(body);
        column.setLayout(layout(1, 0, 10));
        column.setLayoutData(new TableWrapData(TableWrapData.FILL_GRAB));
        return column;
    }

    private Section section(Composite parent, String part, String titleKey) {
        Section section = toolkit.createSection(parent, Section.TITLE_BAR
                | ("figures".equals(part) ? Section.DESCRIPTION : 0));
        section.setText(Messages.get(titleKey));
        section.setData(PART, part);
        section.setLayoutData(new TableWrapData(TableWrapData.FILL_GRAB));
        return section;
    }

    /** @return the sections, by part: figures, late, gaps, next, decisions, changes, file (for the tests) */
    public Map<String, Section> sections() {
        return Map.of("figures", figures, "late", late, "gaps", gaps, "next", next, "decisions", decisions,
                "changes", changes, "file", file);
    }

    /**
     * Shows a brief: every section's content is made again.
     *
     * @param brief the model as it is now
     */
    void show(SeanceBrief brief) {
        ScrolledForm form = managedForm.getForm();
        form.setRedraw(false);
        try {
            ModeleMaillage model = document.getModel();
            form.setText(model.getNom());
            if (!model.getFeuillesDeRoute().isEmpty()) {
                form.setMessage(model.getFeuillesDeRoute().get(0).getNom(), 0);
            }
            String since = brief.lastFrozen().map(s -> s.getDate().format(DATE)).orElse(null);
            List<Section> rebuilt = new ArrayList<>();
            update(rebuilt, figures, Arrays.asList(since, brief.trends()), () -> showFigures(brief, since));
            List<Chantier> lateChantiers = brief.lateChantiers();
            update(rebuilt, late, lateChantiers.stream().map(c -> Arrays.asList(c, designation(c), c.getEcheance(),
                    c.getAvancement())).toList(), () -> showLate(lateChantiers));
            Map<String, List<Element>> openGaps = brief.openGaps();
            update(rebuilt, gaps, Arrays.asList(openGaps, openGaps.values().stream().flatMap(List::stream)
                    .map(Element::getNom).toList()), () -> showGaps(openGaps));
            List<String> proposed = brief.proposedAgenda();
            update(rebuilt, next, Arrays.asList(brief.next().orElse(null), brief.next().map(Seance::getDate)
                    .orElse(null), brief.next().map(Seance::getNom).orElse(null), brief.next()
                    .map(s -> List.copyOf(s.getOrdreDuJour())).orElse(null), latestCtsSeance(), proposed),
                    () -> showNext(brief, proposed));
            List<SeanceBrief.FollowUp> followUps = brief.decisions();
            update(rebuilt, decisions, Arrays.asList(since, followUps, followUps.stream()
                    .map(f -> String.valueOf(f.decision().getNom())).toList()),
                    () -> showDecisions(followUps, since));
            List<Change> changeList = brief.changes();
            List<String> sentences = brief.changeSentences();
            update(rebuilt, changes, Arrays.asList(since, changeList, sentences),
                    () -> showChanges(changeList, sentences, since));
            int chantiers = model.getFeuillesDeRoute().stream().mapToInt(f -> f.getChantiers().size()).sum();
            update(rebuilt, file, Arrays.asList(document.getFile(), chantiers, model.getFeuillesDeRoute().size(),
                    model.getDispositifs().size(), model.getEpcis().size(), model.getQpvs().size()),
                    () -> showFile(model, chantiers));
            if (!rebuilt.isEmpty()) {
                // The new clients have no size yet: a section whose own size does not change is not laid out again
                // by reflow alone, and its content would stay invisible.
                rebuilt.forEach(section -> section.layout(true, true));
                form.reflow(true);
            }
        } finally {
            form.setRedraw(true);
        }
    }

    /**
     * Makes a section's content again when what it shows changed. Making widgets and wrapping their text costs far
     * more than the brief (some 300 ms for the whole page against 5 ms on the Eure example): an edit usually
     * changes two or three sections.
     */
    private void update(List<Section> rebuilt, Section section, Object shows, Runnable fill) {
        if (shows.equals(signatures.get(section))) {
            return;
        }
        signatures.put(section, shows);
        fill.run();
        rebuilt.add(section);
    }

    /** A wrapping layout: labels wrap to the width of their column, as in the Eclipse Forms guidelines. */
    private static TableWrapLayout layout(int columns, int margin, int verticalSpacing) {
        TableWrapLayout layout = new TableWrapLayout();
        layout.numColumns = columns;
        layout.leftMargin = margin;
        layout.rightMargin = margin;
        layout.topMargin = margin;
        layout.bottomMargin = margin;
        layout.verticalSpacing = verticalSpacing;
        layout.horizontalSpacing = 10;
        return layout;
    }

    private Composite client(Section section, int columns) {
        if (section.getClient() != null) {
            section.getClient().dispose();
        }
        Composite client = toolkit.createComposite(section);
        TableWrapLayout layout = layout(columns, 2, 4);
        layout.topMargin = 4;
        client.setLayout(layout);
        section.setClient(client);
        return client;
    }

    private void showFigures(SeanceBrief brief, String since) {
        Composite client = client(figures, 3);
        figures.setDescription(since == null ? Messages.get("dashboard.figures.noFrozen")
                : Messages.get("dashboard.figures.since", since));
        NumberFormat numbers = NumberFormat.getIntegerInstance();
        for (SeanceBrief.Trend trend : brief.trends()) {
            label(client, trend.figure().label(), 1);
            Label value = label(client, numbers.format(trend.figure().value()), 1);
            value.setData(FIGURE, trend.figure().id());
            value.setLayoutData(new TableWrapData(TableWrapData.RIGHT));
            Label change = label(client, since == null ? "" : trendText(trend.delta()), 1);
            change.setData(TREND, trend.figure().id());
        }
    }

    /** "+1", "−2", "inchangé"; nothing without a value at the séance (a figure added since). */
    static String trendText(BigDecimal delta) {
        if (delta == null) {
            return "";
        }
        if (delta.signum() == 0) {
            return Messages.get("dashboard.trend.same");
        }
        return (delta.signum() > 0 ? "+" : "\u2212") + NumberFormat.getNumberInstance().format(delta.abs());
    }

    private void showLate(List<Chantier> chantiers) {
        late.setText(Messages.get("dashboard.late.count", chantiers.size()));
        Composite client = client(late, 2);
        if (chantiers.isEmpty()) {
            wide(client, Messages.get("dashboard.late.none"), 2);
        }
        for (Chantier chantier : chantiers) {
            String echeance = chantier.getEcheance() == null ? Messages.get("dashboard.late.noDeadline")
                    : chantier.getEcheance().format(DATE);
            link(client, chantier, designation(chantier), 1);
            // Not wrapped: a date or "25 %" cut in two reads badly.
            Label state = toolkit.createLabel(client, Messages.get("dashboard.late.state", echeance,
                    chantier.getAvancement()));
            state.setLayoutData(new TableWrapData(TableWrapData.RIGHT));
        }
    }

    private void showGaps(Map<String, List<Element>> open) {
        int total = open.values().stream().mapToInt(List::size).sum();
        gaps.setText(Messages.get("dashboard.gaps.count", total));
        Composite client = client(gaps, 1);
        if (open.isEmpty()) {
            wide(client, Messages.get("dashboard.gaps.none"), 1);
        }
        for (Map.Entry<String, List<Element>> rule : open.entrySet()) {
            ExpandableComposite group = toolkit.createExpandableComposite(client, ExpandableComposite.TWISTIE
                    | (unfolded.contains(rule.getKey()) ? ExpandableComposite.EXPANDED : 0));
            group.setText(french(Messages.get("dashboard.gaps.rule", ruleHeading(rule.getKey()),
                    rule.getValue().size())));
            group.setData(PART, "gap:" + rule.getKey());
            group.setLayoutData(new TableWrapData(TableWrapData.FILL_GRAB));
            // The links are made when unfolded: a département has hundreds of communes outside every CPTS.
            Runnable fill = () -> fillGap(group, rule.getValue());
            if (group.isExpanded()) {
                fill.run();
            }
            group.addExpansionListener(new ExpansionAdapter() {
                @Override
                public void expansionStateChanged(ExpansionEvent event) {
                    if (event.getState()) {
                        unfolded.add(rule.getKey());
                        if (group.getClient() == null) {
                            fill.run();
                        }
                    } else {
                        unfolded.remove(rule.getKey());
                    }
                    managedForm.getForm().reflow(true);
                }
            });
        }
    }

    private void fillGap(ExpandableComposite group, List<Element> elements) {
        Composite links = toolkit.createComposite(group);
        TableWrapLayout layout = layout(1, 2, 2);
        layout.leftMargin = 16;
        links.setLayout(layout);
        for (Element element : elements.subList(0, Math.min(GAP_LINKS, elements.size()))) {
            link(links, element, element.getNom() == null ? element.getUuid() : element.getNom(), 1);
        }
        if (elements.size() > GAP_LINKS) {
            wide(links, Messages.get("dashboard.more", elements.size() - GAP_LINKS), 1);
        }
        group.setClient(links);
    }

    private void showNext(SeanceBrief brief, List<String> proposed) {
        Composite client = client(next, 1);
        if (brief.next().isPresent()) {
            Seance seance = brief.next().get();
            link(client, seance, Messages.get("dashboard.next.line", seance.getDate().format(DATE),
                    seance.getNom() == null ? "" : seance.getNom()), 1);
            if (seance.getOrdreDuJour().isEmpty()) {
                wide(client, Messages.get("dashboard.next.noAgenda"), 1);
            } else {
                wide(client, Messages.get("dashboard.next.agenda"), 1);
                seance.getOrdreDuJour().forEach(item -> bullet(client, item));
            }
        } else {
            LocalDate last = latestCtsSeance();
            wide(client, last == null ? Messages.get("dashboard.next.noSeance")
                    : Messages.get("dashboard.next.none", last.format(DATE)), 1);
        }
        if (!proposed.isEmpty()) {
            wide(client, Messages.get("dashboard.next.proposed"), 1);
            proposed.forEach(item -> bullet(client, item));
        }
    }

    private LocalDate latestCtsSeance() {
        return document.getModel().getInstances().stream()
                .filter(i -> i.getType() == TypeInstance.CTS_PLENIERE)
                .flatMap(i -> i.getSeances().stream()).map(Seance::getDate).filter(d -> d != null)
                .max(LocalDate::compareTo).orElse(null);
    }

    private void showDecisions(List<SeanceBrief.FollowUp> followUps, String since) {
        Composite client = client(decisions, 2);
        if (since == null) {
            decisions.setText(Messages.get("dashboard.decisions"));
            wide(client, Messages.get("dashboard.noFrozen"), 2);
            return;
        }
        decisions.setText(Messages.get("dashboard.decisions.of", since));
        if (followUps.isEmpty()) {
            wide(client, Messages.get("dashboard.decisions.none"), 2);
        }
        for (SeanceBrief.FollowUp followUp : followUps) {
            link(client, followUp.decision(), followUp.decision().getNom(), 1);
            label(client, SeanceBrief.label(followUp.state()), 1);
        }
    }

    private void showChanges(List<Change> list, List<String> sentences, String since) {
        Composite client = client(changes, 1);
        if (since == null) {
            changes.setText(Messages.get("dashboard.changes"));
            wide(client, Messages.get("dashboard.noFrozen"), 1);
            return;
        }
        changes.setText(Messages.get("dashboard.changes.count", list.size(), since));
        if (list.isEmpty()) {
            wide(client, Messages.get("dashboard.changes.none", since), 1);
            return;
        }
        Map<String, Element> byUuid = elementsByUuid();
        for (int i = 0; i < Math.min(CHANGE_LINES, list.size()); i++) {
            Element element = byUuid.get(list.get(i).element());
            if (element != null) {
                link(client, element, sentences.get(i), 1);
            } else {
                wide(client, sentences.get(i), 1);
            }
        }
        if (list.size() > CHANGE_LINES) {
            wide(client, Messages.get("dashboard.changes.more", list.size() - CHANGE_LINES), 1);
        }
    }

    private Map<String, Element> elementsByUuid() {
        Map<String, Element> elements = new HashMap<>();
        for (TreeIterator<EObject> it = document.getModel().eAllContents(); it.hasNext();) {
            if (it.next() instanceof Element element && element.getUuid() != null) {
                elements.put(element.getUuid(), element);
            }
        }
        return elements;
    }

    private void showFile(ModeleMaillage model, int chantiers) {
        Composite client = client(file, 2);
        label(client, Messages.get("overview.file"), 1);
        Label path = wide(client, document.getFile() == null ? Messages.get("overview.file.none")
                : breakable(document.getFile().toString()), 1);
        path.setToolTipText(document.getFile() == null ? null : document.getFile().toString());
        label(client, "", 1);
        wide(client, Messages.get("overview.chantiers", chantiers, model.getFeuillesDeRoute().size()), 1);
        label(client, "", 1);
        wide(client, Messages.get("overview.dispositifs", model.getDispositifs().size()), 1);
        label(client, "", 1);
        wide(client, Messages.get("overview.territoire", model.getEpcis().size(), model.getQpvs().size()), 1);
        label(client, "", 1);
        Hyperlink edit = toolkit.createHyperlink(client, Messages.get("overview.edit"), SWT.WRAP);
        edit.setLayoutData(new TableWrapData(TableWrapData.FILL_GRAB));
        edit.addHyperlinkListener(new HyperlinkAdapter() {
            @Override
            public void linkActivated(HyperlinkEvent event) {
                editElements.run();
            }
        });
    }

    /**
     * The heading of a gap rule: the label of the key figure that counts it ("Communes hors de toute CPTS : 451"),
     * else the rule's name.
     */
    private static String ruleHeading(String rule) {
        String figure = RULE_FIGURES.get(rule);
        return figure != null ? Figures.label(figure) : capitalised(ChangeSentences.ruleName(rule));
    }

    /**
     * French spacing that does not break: a no-break space inside « » and before : and %, so that a wrapped label
     * never starts with "»" or "%" (sentences and names come from the model and {@link ChangeSentences} with plain
     * spaces, which the command line and the reports print as they are). Labels wrap with the platform's rules,
     * which keep them; the links of Eclipse Forms wrap with their own and may still break there.
     */
    static String french(String text) {
        return text.replace("\u00ab ", "\u00ab\u00a0").replace(" \u00bb", "\u00a0\u00bb").replace(" :", "\u00a0:")
                .replace(" %", "\u00a0%");
    }

    /** A path that may wrap after its separators: a label wraps only at spaces, and a path is one long word. */
    private static String breakable(String path) {
        return path.replace("/", "/\u200B").replace("\\", "\\\u200B");
    }

    /**
     * "P03 Soutenir l'aller-vers...": number and name, as the explorer shows them. No « »: a link wraps at any space,
     * no-break ones included, and a line made of a lone » reads badly.
     */
    private static String designation(Chantier chantier) {
        return chantier.getNumero() == null ? chantier.getNom() : chantier.getNumero() + " " + chantier.getNom();
    }

    private Label label(Composite parent, String text, int span) {
        Label label = toolkit.createLabel(parent, french(text), SWT.WRAP);
        TableWrapData data = new TableWrapData();
        data.colspan = span;
        label.setLayoutData(data);
        return label;
    }

    private Label wide(Composite parent, String text, int span) {
        Label label = label(parent, text, span);
        TableWrapData data = new TableWrapData(TableWrapData.FILL_GRAB);
        data.colspan = span;
        label.setLayoutData(data);
        return label;
    }

    private void bullet(Composite parent, String text) {
        Label label = wide(parent, "\u2022 " + text, 1);
        ((TableWrapData) label.getLayoutData()).indent = 8;
    }

    private Hyperlink link(Composite parent, EObject element, String text, int span) {
        Hyperlink link = toolkit.createHyperlink(parent, french(text), SWT.WRAP);
        link.setHref(element);
        TableWrapData data = new TableWrapData(TableWrapData.FILL_GRAB);
        data.colspan = span;
        link.setLayoutData(data);
        link.addHyperlinkListener(new HyperlinkAdapter() {
            @Override
            public void linkActivated(HyperlinkEvent event) {
                open.accept(element);
            }
        });
        return link;
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
