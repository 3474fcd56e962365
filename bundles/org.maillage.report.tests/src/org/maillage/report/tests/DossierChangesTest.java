/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.report.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.DeleteCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.maillage.examples.Examples;
import org.maillage.model.Element;
import org.maillage.model.MaillagePackage;
import org.maillage.model.ModeleMaillage;
import org.maillage.model.dispositif.Axe;
import org.maillage.model.dispositif.DispositifFactory;
import org.maillage.model.dispositif.DispositifPackage;
import org.maillage.model.dispositif.FicheAction;
import org.maillage.model.edit.RoadmapDocument;
import org.maillage.model.edit.seance.ChangeSentences;
import org.maillage.model.financement.Financement;
import org.maillage.model.financement.FinancementPackage;
import org.maillage.model.instance.Instance;
import org.maillage.model.instance.InstanceFactory;
import org.maillage.model.instance.InstancePackage;
import org.maillage.model.instance.Seance;
import org.maillage.model.instance.Snapshot;
import org.maillage.model.plan.Chantier;
import org.maillage.model.seance.Change;
import org.maillage.model.seance.SnapshotDiff;
import org.maillage.model.seance.Snapshots;
import org.maillage.model.territoire.Qpv;
import org.maillage.report.OutputFormat;

/**
 * Covered cases: the CTS cycle end to end, as a délégation runs it. The Eure example's December séance is frozen (as
 * the workbench does, through a command), a new séance is prepared a week later, four edits are made through EMF
 * commands (a fiche action targeting QPV Navarre added, a chantier renamed, a CPTS deleted, an amount changed), and
 * the dossier de séance's section 3, read back from the PDF with PDFBox, says exactly the changes of the one diff:
 * its heading counts them, each sentence is there, and the element changes are those four edits and what they
 * imply (the financement of the deleted CPTS loses its object), nothing else.
 */
class DossierChangesTest {

    private static final LocalDate DECEMBER = LocalDate.of(2024, 12, 12);
    private static final LocalDate NEXT = LocalDate.of(2024, 12, 19);

    @TempDir
    Path folder;

    @Test
    void sectionThreeSaysExactlyWhatChangedSinceTheFrozenSeance() throws Exception {
        RoadmapDocument document = RoadmapDocument.open(Examples.eure().copyTo(folder));
        ModeleMaillage model = document.getModel();
        EditingDomain domain = document.getEditingDomain();
        Seance december = Snapshots.findSeance(model, DECEMBER.toString()).orElseThrow();
        Instance cts = december.getInstance();
        Seance next = InstanceFactory.eINSTANCE.createSeance();
        next.setNom("Séance plénière de décembre 2024, suite");
        next.setDate(NEXT);
        CompoundCommand prepare = new CompoundCommand();
        prepare.append(SetCommand.create(domain, december, InstancePackage.Literals.SEANCE__SNAPSHOT,
                Snapshots.freezeFor(december)));
        prepare.append(AddCommand.create(domain, cts, InstancePackage.Literals.INSTANCE__SEANCES, next));
        document.getCommandStack().execute(prepare);

        FicheAction fiche = DispositifFactory.eINSTANCE.createFicheAction();
        fiche.setNumero("2.3");
        fiche.setNom("Sport-santé à Navarre");
        fiche.getQpvCibles().add(find(model, Qpv.class, "eure-qpv-evreux-navarre"));
        Chantier chantier = model.getFeuillesDeRoute().get(0).getChantiers().get(0);
        Financement financement = find(model, Financement.class, "eure-fin-sport-sante");
        CompoundCommand edits = new CompoundCommand();
        edits.append(AddCommand.create(domain, find(model, Axe.class, "eure-axe-evreux-2"),
                DispositifPackage.Literals.AXE__FICHES_ACTIONS, fiche));
        edits.append(SetCommand.create(domain, chantier, MaillagePackage.Literals.ELEMENT__NOM, "Nouveau nom"));
        edits.append(DeleteCommand.create(domain, find(model, Element.class, "eure-cpts-evreux")));
        edits.append(SetCommand.create(domain, financement, FinancementPackage.Literals.FINANCEMENT__MONTANT,
                financement.getMontant().add(new BigDecimal("1000"))));
        document.getCommandStack().execute(edits);

        // What the dossier must say: the one diff, worded by ChangeSentences as the dossier words it.
        Snapshot frozen = december.getSnapshot();
        Snapshot now = Snapshots.freeze(model, model.getFeuillesDeRoute().get(0), NEXT);
        List<Change> changes = SnapshotDiff.compare(frozen, now);
        Set<String> elementChanges = changes.stream().filter(c -> c.kind().ordinal() <= Change.Kind.CHANGED.ordinal())
                .map(c -> c.kind() + " " + c.element() + (c.field() == null ? "" : " " + c.field()))
                .collect(Collectors.toSet());
        assertEquals(Set.of("ADDED " + fiche.getUuid(), "CHANGED " + chantier.getUuid() + " nom",
                "REMOVED eure-cpts-evreux", "CHANGED eure-fin-cpts-evreux objet",
                "CHANGED eure-fin-sport-sante montant"), elementChanges);
        List<ChangeSentences.Line> lines = new ChangeSentences(frozen, now, model).summary(changes, 6);

        String text = flat(ReportOutputs.pdfText(ShippedDesignsTest.render("dossier-cts", model, OutputFormat.PDF)));
        String section = text.substring(text.indexOf("3. Ce qui a changé depuis la séance précédente"),
                text.indexOf("Décisions de la séance précédente"));
        assertTrue(section.contains("(" + december.getNom() + ", 12 décembre 2024) : " + lines.size()
                + " changements."), lines.size() + " changes announced in " + section);
        for (ChangeSentences.Line line : lines) {
            assertTrue(section.contains(flat(line.text())), line.text() + " in " + section);
        }
        assertTrue(section.contains("QPV « Navarre » : désormais ciblé par la fiche action 2.3 « Sport-santé à "
                + "Navarre » du CLS"), section);
        // One row per line: a heading of its kind starts each row, and there is no other.
        long rows = lines.stream().map(ChangeSentences.Line::heading).distinct()
                .mapToLong(h -> section.split(java.util.regex.Pattern.quote(h + " "), -1).length - 1).sum();
        assertEquals(lines.size(), rows, section);
    }

    private static String flat(String text) {
        return text.replaceAll("[\\s\\u00a0\\u202f]+", " ").replace("- ", "-");
    }

    private static <T> T find(ModeleMaillage model, Class<T> type, String uuid) {
        for (var it = model.eAllContents(); it.hasNext();) {
            Object next = it.next();
            if (type.isInstance(next) && uuid.equals(((Element) next).getUuid())) {
                return type.cast(next);
            }
        }
        throw new AssertionError("no " + type.getSimpleName() + " " + uuid);
    }
}
