/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.merge.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.maillage.examples.Examples;
import org.maillage.merge.Conflicts;
import org.maillage.merge.MergeResult;
import org.maillage.merge.ModelMerge;
import org.maillage.model.ModeleMaillage;
import org.maillage.model.plan.Chantier;
import org.maillage.model.resource.MaillageFiles;
import org.maillage.testsupport.ui.Screenshots;

/**
 * Covered cases: after a merge with two conflicts (a chantier's name and progress changed two ways), the dialog, in
 * French, lists both with the element, the field (as the forms name it) and both values; "Garder les deux" is disabled for the number;
 * "Garder la leur" on the name puts their name in the model as one command on the stack and leaves one line; undo
 * on the stack brings the conflict back; "Garder la mienne" on the rest empties the list and says so.
 */
class ConflictsDialogTest {

    @TempDir
    Path folder;

    @Test
    void listsAndResolvesConflicts() throws Exception {
        Path eure = Examples.eure().copyTo(folder);
        ModeleMaillage base = MaillageFiles.load(eure);
        ModeleMaillage ours = MaillageFiles.load(eure);
        ModeleMaillage theirs = MaillageFiles.load(eure);
        chantier(ours).setNom("Nom choisi par moi");
        chantier(theirs).setNom("Nom choisi par eux");
        chantier(ours).setAvancement(20);
        chantier(theirs).setAvancement(80);
        MergeResult result = ModelMerge.merge(base.eResource(), ours.eResource(), theirs.eResource());
        Chantier merged = chantier((ModeleMaillage) result.merged().getContents().get(0));
        BasicCommandStack stack = new BasicCommandStack();

        Shell shell = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
        ConflictsDialog dialog = new ConflictsDialog(shell, result.merged(), stack);
        dialog.setBlockOnOpen(false);
        dialog.open();
        try {
            assertEquals("Conflits de fusion", dialog.getShell().getText());
            Table table = dialog.table();
            assertEquals(2, table.getItemCount());
            assertEquals("Chantier « Nom choisi par moi »", table.getItem(0).getText(0));
            assertEquals("modifié de deux façons : Nom", table.getItem(0).getText(1));
            assertEquals("modifié de deux façons : Avancement (%)", table.getItem(1).getText(1),
                    "fields as the forms name them");
            assertEquals("Nom choisi par moi", table.getItem(0).getText(3));
            assertEquals("Nom choisi par eux", table.getItem(0).getText(4));
            assertEquals("80", table.getItem(1).getText(4));
            assertEquals(java.util.List.of("Garder la mienne", "Garder la leur", "Garder les deux"),
                    dialog.choices().stream().map(Button::getText).toList());
            Screenshots.save(dialog.getShell(), Path.of("target", "screenshots", "conflits-de-fusion.png"));

            table.setSelection(1);
            table.notifyListeners(SWT.Selection, null);
            assertFalse(dialog.choices().get(2).isEnabled(), "both values of a number cannot be kept");
            table.setSelection(0);
            table.notifyListeners(SWT.Selection, null);
            assertTrue(dialog.choices().get(2).isEnabled(), "both texts can be kept");
            click(dialog.choices().get(1));
            assertEquals("Nom choisi par eux", merged.getNom());
            assertEquals(1, table.getItemCount());
            assertTrue(stack.canUndo());

            stack.undo();
            dialog.refresh();
            assertEquals("Nom choisi par moi", merged.getNom());
            assertEquals(2, table.getItemCount());

            table.setSelection(0);
            click(dialog.choices().get(0));
            click(dialog.choices().get(0));
            assertEquals(0, table.getItemCount());
            assertEquals("Nom choisi par moi", merged.getNom());
            assertEquals(20, merged.getAvancement());
            assertTrue(Conflicts.of(result.merged()).isEmpty());
        } finally {
            dialog.close();
        }
    }

    private static Chantier chantier(ModeleMaillage model) {
        return model.getFeuillesDeRoute().get(0).getChantiers().get(0);
    }

    private static void click(Button button) {
        assertTrue(button.isEnabled(), button.getText());
        button.notifyListeners(SWT.Selection, null);
    }

}
