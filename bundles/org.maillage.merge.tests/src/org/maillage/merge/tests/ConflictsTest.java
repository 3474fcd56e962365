/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.merge.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.maillage.examples.Examples;
import org.maillage.merge.Conflicts;
import org.maillage.merge.Conflicts.Resolution;
import org.maillage.merge.MergeResult;
import org.maillage.merge.ModelMerge;
import org.maillage.model.Conflit;
import org.maillage.model.ModeleMaillage;
import org.maillage.model.plan.Chantier;
import org.maillage.model.resource.MaillageFiles;
import org.maillage.testsupport.FrenchLocale;
import org.maillage.validation.ModelValidation;

/*
 * Covered cases:
 * - they delete a chantier that we renamed: it stays, with a SUPPRIME_CHEZ_EUX conflict; "garder la leur" deletes
 *   it, undo brings it back with the record;
 * - we delete a chantier that they renamed: it is absent, the conflict holds their version as XMI; "garder la leur"
 *   restores it (their name, its links to other elements) where they had it; undo removes it again;
 * - a field changed two ways: "garder la leur" sets their value, "les deux" joins two texts, "la mienne" only
 *   removes the record; undo of each restores value and record;
 * - "les deux" is refused (cannot execute) for a number;
 * - the conflicts survive a save and a load (mergeFiles), and validation reports each one (MAILLAGE-FUSION-001) in
 *   French naming the element by kind and name.
 */
@ExtendWith(FrenchLocale.class)
class ConflictsTest {

    @TempDir
    static Path folder;

    private static Path eure;

    @BeforeAll
    static void copyExample() throws IOException {
        eure = Examples.eure().copyTo(folder);
    }

    private static ModeleMaillage load() throws Exception {
        return MaillageFiles.load(eure);
    }

    private static Chantier firstChantier(ModeleMaillage model) {
        return model.getFeuillesDeRoute().get(0).getChantiers().get(0);
    }

    @Test
    void theyDeleteWhatWeChanged() throws Exception {
        ModeleMaillage base = load();
        ModeleMaillage ours = load();
        ModeleMaillage theirs = load();
        String uuid = firstChantier(base).getUuid();
        firstChantier(ours).setNom("Renommé chez nous");
        EcoreUtil.delete(firstChantier(theirs), true);

        MergeResult result = ModelMerge.merge(base.eResource(), ours.eResource(), theirs.eResource());

        assertEquals(1, result.conflicts().size(), RandomMergeTest.describe(result.conflicts()));
        Conflit conflict = result.conflicts().get(0);
        assertEquals(Conflicts.DELETED_BY_THEM, conflict.getNature());
        assertEquals(uuid, conflict.getElementUuid());
        Chantier kept = (Chantier) result.merged().getEObject(uuid);
        assertEquals("Renommé chez nous", kept.getNom());

        Command keepTheirs = Conflicts.resolve(conflict, Resolution.KEEP_THEIRS);
        assertTrue(keepTheirs.canExecute());
        keepTheirs.execute();
        assertNull(result.merged().getEObject(uuid));
        assertTrue(Conflicts.of(result.merged()).isEmpty());
        keepTheirs.undo();
        assertSame(kept, result.merged().getEObject(uuid));
        assertEquals(List.of(conflict), Conflicts.of(result.merged()));
    }

    @Test
    void weDeleteWhatTheyChanged() throws Exception {
        ModeleMaillage base = load();
        ModeleMaillage ours = load();
        ModeleMaillage theirs = load();
        Chantier chantier = firstChantier(base);
        String uuid = chantier.getUuid();
        assertNotNull(chantier.getPilote(), "the fixture's chantier has a pilot to restore the link to");
        String pilot = chantier.getPilote().getUuid();
        EcoreUtil.delete(firstChantier(ours), true);
        firstChantier(theirs).setNom("Renommé chez eux");

        MergeResult result = ModelMerge.merge(base.eResource(), ours.eResource(), theirs.eResource());

        assertEquals(1, result.conflicts().size(), RandomMergeTest.describe(result.conflicts()));
        Conflit conflict = result.conflicts().get(0);
        assertEquals(Conflicts.DELETED_BY_US, conflict.getNature());
        assertNull(result.merged().getEObject(uuid));
        assertTrue(conflict.getContenuSupprime().contains("Renommé chez eux"), conflict.getContenuSupprime());

        Command restore = Conflicts.resolve(conflict, Resolution.KEEP_THEIRS);
        assertTrue(restore.canExecute());
        restore.execute();
        Chantier restored = (Chantier) result.merged().getEObject(uuid);
        assertNotNull(restored);
        assertEquals("Renommé chez eux", restored.getNom());
        assertSame(result.merged().getEObject(pilot), restored.getPilote());
        assertSame(((ModeleMaillage) result.merged().getContents().get(0)).getFeuillesDeRoute().get(0),
                restored.eContainer());
        restore.undo();
        assertNotSame(result.merged(), restored.eResource());
        assertEquals(List.of(conflict), Conflicts.of(result.merged()));
    }

    @Test
    void fieldChangedTwoWays() throws Exception {
        ModeleMaillage base = load();
        ModeleMaillage ours = load();
        ModeleMaillage theirs = load();
        String uuid = firstChantier(base).getUuid();
        String before = firstChantier(base).getNom();
        firstChantier(ours).setNom("Le mien");
        firstChantier(theirs).setNom("Le leur");
        firstChantier(ours).setAvancement(10);
        firstChantier(theirs).setAvancement(90);

        MergeResult result = ModelMerge.merge(base.eResource(), ours.eResource(), theirs.eResource());

        assertEquals(2, result.conflicts().size(), RandomMergeTest.describe(result.conflicts()));
        Chantier merged = (Chantier) result.merged().getEObject(uuid);
        Conflit name = result.conflicts().stream().filter(c -> "nom".equals(c.getAttribut())).findFirst().get();
        Conflit progress = result.conflicts().stream().filter(c -> "avancement".equals(c.getAttribut())).findFirst()
                .get();
        assertEquals(before, name.getValeurBase());
        assertFalse(Conflicts.resolve(progress, Resolution.KEEP_BOTH).canExecute());

        Command theirsName = Conflicts.resolve(name, Resolution.KEEP_THEIRS);
        theirsName.execute();
        assertEquals("Le leur", merged.getNom());
        theirsName.undo();
        assertEquals("Le mien", merged.getNom());

        Command both = Conflicts.resolve(name, Resolution.KEEP_BOTH);
        assertTrue(both.canExecute());
        both.execute();
        assertEquals("Le mien / Le leur", merged.getNom());
        both.undo();
        assertEquals("Le mien", merged.getNom());

        Command theirsProgress = Conflicts.resolve(progress, Resolution.KEEP_THEIRS);
        assertTrue(theirsProgress.canExecute());
        theirsProgress.execute();
        assertEquals(90, merged.getAvancement());

        Command mine = Conflicts.resolve(name, Resolution.KEEP_OURS);
        mine.execute();
        assertEquals("Le mien", merged.getNom());
        assertTrue(Conflicts.of(result.merged()).isEmpty());
        mine.undo();
        assertEquals(List.of(name), Conflicts.of(result.merged()));
    }

    @Test
    void conflictsSurviveSaveAndAreValidationErrors() throws Exception {
        ModeleMaillage ours = load();
        ModeleMaillage theirs = load();
        firstChantier(ours).setNom("Le mien");
        firstChantier(theirs).setNom("Le leur");
        Path oursFile = folder.resolve("notre.maillage");
        Path theirsFile = folder.resolve("leur.maillage");
        MaillageFiles.save(ours, oursFile);
        MaillageFiles.save(theirs, theirsFile);
        Path out = folder.resolve("fusion.maillage");

        MergeResult result = ModelMerge.mergeFiles(eure, oursFile, theirsFile, out);

        assertEquals(1, result.conflicts().size());
        ModeleMaillage reloaded = MaillageFiles.load(out);
        Resource resource = reloaded.eResource();
        assertEquals(1, Conflicts.of(resource).size());
        assertEquals("Le leur", Conflicts.of(resource).get(0).getValeurEux());
        assertEquals("Le mien", firstChantier(reloaded).getNom());
        Diagnostic diagnostic = ModelValidation.validate(reloaded);
        String messages = diagnostic.getChildren().stream().map(Diagnostic::getMessage).toList().toString();
        assertTrue(messages.contains("conflit de fusion sur « nom »"), messages);
        assertTrue(messages.contains("Le mien") && messages.contains("Le leur"), messages);
        assertTrue(messages.contains(firstChantier(reloaded).getNom()), messages);
    }
}
