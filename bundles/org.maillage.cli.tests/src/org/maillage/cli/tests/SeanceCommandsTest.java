/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.DeleteCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.maillage.cli.ExitCodes;
import org.maillage.examples.Examples;
import org.maillage.model.MaillagePackage;
import org.maillage.model.ModeleMaillage;
import org.maillage.model.dispositif.Axe;
import org.maillage.model.dispositif.Cpts;
import org.maillage.model.dispositif.DispositifFactory;
import org.maillage.model.dispositif.DispositifPackage;
import org.maillage.model.dispositif.FicheAction;
import org.maillage.model.edit.RoadmapDocument;
import org.maillage.model.figures.Figures;
import org.maillage.model.figures.Gap;
import org.maillage.model.financement.Financement;
import org.maillage.model.financement.FinancementPackage;
import org.maillage.model.instance.Seance;
import org.maillage.model.plan.Chantier;
import org.maillage.model.resource.MaillageFiles;
import org.maillage.model.seance.Change;
import org.maillage.model.seance.SnapshotDiff;
import org.maillage.model.seance.Snapshots;
import org.maillage.model.territoire.Qpv;
import org.maillage.testsupport.CliRunner;
import org.maillage.testsupport.FrenchLocale;

/**
 * Covered cases: {@code maillage snapshot} freezes the latest CTS séance of the Eure example and saves the file;
 * freezing it again is refused without {@code --replace} (exit 2) and allowed with it; an unknown séance is exit 2, a
 * broken file exit 3. After four edits made as the workbench makes them (EMF commands: a fiche action targeting QPV
 * Navarre added, a chantier renamed, a CPTS deleted, an amount changed), the diff lists exactly those four element
 * changes (and the financement of the deleted CPTS, whose object the deletion unset), the gaps they close and open (Navarre is now targeted, the deleted CPTS's communes are outside every
 * CPTS) and the key figures they move, nothing else; {@code maillage changes} prints one French line for each, with
 * the fiche action named in the Navarre sentence. A roadmap without séance gets a clear message.
 */
@ExtendWith(FrenchLocale.class)
class SeanceCommandsTest {

    private static final LocalDate DECEMBER = LocalDate.of(2024, 12, 12);

    @TempDir
    Path folder;

    private CliRunner.Result last;

    private int run(String... args) {
        last = CliRunner.run(folder, args);
        return last.code();
    }

    private Path eure() throws Exception {
        return Examples.eure().copyTo(folder);
    }

    @Test
    void freezesTheLatestSeanceOnceUnlessReplaced() throws Exception {
        Path file = eure();
        assertEquals(ExitCodes.OK, run("snapshot", file.getFileName().toString()), last.err());
        assertTrue(last.out().contains("Séance plénière de décembre 2024"), last.out());
        ModeleMaillage saved = MaillageFiles.load(file);
        Seance december = Snapshots.findSeance(saved, "2024-12-12").orElseThrow();
        assertFalse(december.getSnapshot().getEtats().isEmpty());
        assertEquals(DECEMBER, december.getSnapshot().getDateSituation());
        byte[] first = Files.readAllBytes(file);

        assertEquals(ExitCodes.USAGE, run("snapshot", "eure.maillage"));
        assertTrue(last.err().contains("déjà figée") && last.err().contains("--replace"), last.err());
        assertEquals(ExitCodes.OK, run("snapshot", "eure.maillage", "--replace"), last.err());
        assertTrue(java.util.Arrays.equals(first, Files.readAllBytes(file)), "freezing is deterministic");

        assertEquals(ExitCodes.USAGE, run("snapshot", "eure.maillage", "--seance", "séance fantôme"));
        assertTrue(last.err().contains("Séance inconnue"), last.err());
        Files.writeString(folder.resolve("casse.maillage"), "<xmi:XMI");
        assertEquals(ExitCodes.INPUT_ERROR, run("snapshot", "casse.maillage"));
    }

    @Test
    void aRoadmapWithoutSeanceGetsAClearMessage() throws Exception {
        MaillageFiles.save(org.maillage.model.util.ModelFormat.newModel(), folder.resolve("vide.maillage"));
        assertEquals(ExitCodes.USAGE, run("snapshot", "vide.maillage"));
        assertTrue(last.err().contains("aucune séance"), last.err());
        assertEquals(ExitCodes.USAGE, run("changes", "vide.maillage"));
        assertTrue(last.err().contains("aucune séance figée"), last.err());
    }

    @Test
    void changesSinceTheFrozenSeanceAreExactlyTheEdits() throws Exception {
        Path file = eure();
        assertEquals(ExitCodes.OK, run("snapshot", "eure.maillage"), last.err());

        RoadmapDocument document = RoadmapDocument.open(file);
        ModeleMaillage model = document.getModel();
        EditingDomain domain = document.getEditingDomain();
        Qpv navarre = find(model, Qpv.class, "eure-qpv-evreux-navarre");
        Axe axe = find(model, Axe.class, "eure-axe-evreux-2");
        Cpts cpts = find(model, Cpts.class, "eure-cpts-evreux");
        Financement financement = find(model, Financement.class, "eure-fin-sport-sante");
        Chantier chantier = model.getFeuillesDeRoute().get(0).getChantiers().get(0);
        Set<String> gapsBefore = gaps(model);

        FicheAction fiche = DispositifFactory.eINSTANCE.createFicheAction();
        fiche.setNumero("2.3");
        fiche.setNom("Sport-santé à Navarre");
        fiche.getQpvCibles().add(navarre);
        CompoundCommand edits = new CompoundCommand();
        edits.append(AddCommand.create(domain, axe, DispositifPackage.Literals.AXE__FICHES_ACTIONS, fiche));
        edits.append(SetCommand.create(domain, chantier, MaillagePackage.Literals.ELEMENT__NOM, "Nouveau nom"));
        edits.append(DeleteCommand.create(domain, cpts));
        edits.append(SetCommand.create(domain, financement, FinancementPackage.Literals.FINANCEMENT__MONTANT,
                financement.getMontant().add(new BigDecimal("1000"))));
        assertTrue(edits.canExecute());
        document.getCommandStack().execute(edits);
        document.save();
        Set<String> gapsAfter = gaps(model);

        Seance december = Snapshots.findSeance(model, "2024-12-12").orElseThrow();
        List<Change> changes = SnapshotDiff.compare(december.getSnapshot(), Snapshots.current(model, DECEMBER));
        Set<String> elementChanges = changes.stream().filter(c -> c.kind().ordinal() <= Change.Kind.CHANGED.ordinal())
                .map(c -> c.kind() + " " + c.element() + (c.field() == null ? "" : " " + c.field()))
                .collect(Collectors.toSet());
        // Deleting the CPTS also unsets the object of the financement that funded it: a real change, reported.
        assertEquals(Set.of("ADDED " + fiche.getUuid(), "CHANGED " + chantier.getUuid() + " nom",
                "REMOVED eure-cpts-evreux", "CHANGED eure-fin-cpts-evreux objet",
                "CHANGED eure-fin-sport-sante montant"), elementChanges);
        Set<String> closed = new HashSet<>(gapsBefore);
        closed.removeAll(gapsAfter);
        Set<String> opened = new HashSet<>(gapsAfter);
        opened.removeAll(gapsBefore);
        assertTrue(closed.contains(Gap.QPV_SANS_ACTION_CLS + "/eure-qpv-evreux-navarre"), closed.toString());
        assertFalse(opened.isEmpty(), "the communes of the deleted CPTS are outside every CPTS now");
        assertEquals(closed, keys(changes, Change.Kind.GAP_CLOSED));
        assertEquals(opened, keys(changes, Change.Kind.GAP_OPENED));
        assertTrue(changes.stream().filter(c -> c.kind() == Change.Kind.FIGURE_CHANGED).count() >= 2,
                "the figures of QPV and communes moved");

        assertEquals(ExitCodes.OK, run("changes", "eure.maillage", "--date", "2024-12-12"), last.err());
        List<String> lines = last.out().lines().toList();
        assertEquals(changes.size(), lines.size(), last.out());
        assertTrue(lines.contains("QPV « Navarre » : désormais ciblé par la fiche action 2.3 « Sport-santé à Navarre »"
                + " du CLS « " + ((org.maillage.model.dispositif.Cls) axe.getCls()).getNom() + " »."), last.out());
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("Suppression : CPTS « CPTS du pays d'Évreux »")),
                last.out());
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("Chantier ") && l.endsWith(", désormais « Nouveau nom ».")),
                last.out());
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("Financement") && l.contains("\u00a0€")), last.out());
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("Financement") && l.contains(": objet financé CPTS « CPTS du pays "
                + "d'Évreux », désormais (non renseigné)")), last.out());
        assertTrue(last.err().contains("depuis « Séance plénière de décembre 2024 »"), last.err());
    }

    private static Set<String> gaps(ModeleMaillage model) {
        return new Figures(model, model.getFeuillesDeRoute().get(0), DECEMBER).gaps().stream()
                .map(g -> g.rule() + "/" + g.element().getUuid()).collect(Collectors.toSet());
    }

    private static Set<String> keys(List<Change> changes, Change.Kind kind) {
        return changes.stream().filter(c -> c.kind() == kind).map(c -> c.type() + "/" + c.element())
                .collect(Collectors.toSet());
    }

    private static <T> T find(ModeleMaillage model, Class<T> type, String uuid) {
        for (var it = model.eAllContents(); it.hasNext();) {
            Object next = it.next();
            if (type.isInstance(next) && uuid.equals(((org.maillage.model.Element) next).getUuid())) {
                return type.cast(next);
            }
        }
        throw new AssertionError("no " + type.getSimpleName() + " " + uuid);
    }
}
