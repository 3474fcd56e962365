/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.team.ui.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.jgit.api.Git;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.maillage.examples.Examples;
import org.maillage.model.MaillagePackage;
import org.maillage.model.ModeleMaillage;
import org.maillage.model.edit.RoadmapDocument;
import org.maillage.model.plan.Chantier;
import org.maillage.model.plan.PlanPackage;
import org.maillage.model.resource.MaillageFiles;
import org.maillage.roadmap.ui.RoadmapEditors;
import org.maillage.team.Author;
import org.maillage.team.TeamRepository;

/**
 * Covered cases, through the « Synchroniser » command as the menu runs it, against a bare repository on a "shared
 * drive": a colleague renamed one chantier and pushed, I changed another chantier's progress and recorded a version;
 * Synchroniser merges both in the background job, says so in French, pushes, and reopens the editor on the merged
 * roadmap (both changes there, and in the shared repository for the colleague's next clone). With unsaved changes,
 * Synchroniser first asks to save; answering « Annuler » does nothing: the file on disk and the editor's changes
 * stay as they were, and nothing reaches the remote.
 */
class SyncHandlerTest {

    private static final Author ME = new Author("Alice Martin", "alice@ars.example");
    private static final Author COLLEAGUE = new Author("Bruno Petit", "bruno@ars.example");

    @TempDir
    Path temp;

    private IWorkbenchPage page;

    @BeforeEach
    void preferences() {
        IEclipsePreferences preferences = InstanceScope.INSTANCE.getNode(TeamSettings.QUALIFIER);
        preferences.put(TeamSettings.AUTHOR_NAME, ME.name());
        preferences.put(TeamSettings.AUTHOR_EMAIL, ME.email());
        page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
    }

    @AfterEach
    void close() {
        page.closeAllEditors(false);
    }

    @Test
    void synchroniserMergesAColleaguesVersionAndReopensTheEditor() throws Exception {
        Path bare = bareRemote();
        Path mine = temp.resolve("moi");
        Path theirs = temp.resolve("collegue");
        Files.createDirectories(mine);
        Examples.eure().copyTo(mine);
        try (TeamRepository repository = TeamRepository.share(mine, ME)) {
            repository.setRemote(bare.toString());
            repository.synchronise(TeamSettings.merger(), ME, null, null);
        }
        try (TeamRepository colleague = TeamRepository.cloneFrom(bare.toString(), theirs, null, null)) {
            ModeleMaillage model = MaillageFiles.load(theirs.resolve("eure.maillage"));
            chantiers(model).get(0).setNom("Renommé par Bruno");
            MaillageFiles.save(model, theirs.resolve("eure.maillage"));
            colleague.commit("Renommage", COLLEAGUE);
            colleague.synchronise(TeamSettings.merger(), COLLEAGUE, null, null);
        }
        RoadmapDocument document = RoadmapEditors.open(page, mine.resolve("eure.maillage"))
                .getAdapter(RoadmapDocument.class);
        Chantier second = chantiers(document.getModel()).get(1);
        document.getCommandStack().execute(SetCommand.create(document.getEditingDomain(), second,
                PlanPackage.Literals.CHANTIER__AVANCEMENT, 77));
        document.save();
        try (TeamRepository repository = TeamRepository.open(mine)) {
            repository.commit("Avancement", ME);
        }

        List<String> said = new ArrayList<>();
        answerDialogs(shell -> "Synchroniser".equals(shell.getText()), said);
        execute("org.maillage.team.ui.sync");
        waitForJobsAndDialogs(() -> !said.isEmpty());

        assertTrue(said.get(0).contains("fusionn") || said.get(0).contains("Fusion"), said.toString());
        RoadmapDocument reopened = RoadmapEditors.activeDocument(page);
        assertNotNull(reopened);
        assertEquals("Renommé par Bruno", chantiers(reopened.getModel()).get(0).getNom());
        assertEquals(77, chantiers(reopened.getModel()).get(1).getAvancement());
        Path check = temp.resolve("verification");
        Git.cloneRepository().setURI(bare.toString()).setDirectory(check.toFile()).call().close();
        ModeleMaillage shared = MaillageFiles.load(check.resolve("eure.maillage"));
        assertEquals("Renommé par Bruno", chantiers(shared).get(0).getNom());
        assertEquals(77, chantiers(shared).get(1).getAvancement(), "the merged version was pushed");
    }

    @Test
    void unsavedChangesAreNeverOverwrittenNorSent() throws Exception {
        Path bare = bareRemote();
        Path mine = temp.resolve("moi");
        Files.createDirectories(mine);
        Examples.eure().copyTo(mine);
        try (TeamRepository repository = TeamRepository.share(mine, ME)) {
            repository.setRemote(bare.toString());
            repository.synchronise(TeamSettings.merger(), ME, null, null);
        }
        byte[] onDisk = Files.readAllBytes(mine.resolve("eure.maillage"));
        RoadmapDocument document = RoadmapEditors.open(page, mine.resolve("eure.maillage"))
                .getAdapter(RoadmapDocument.class);
        Chantier first = chantiers(document.getModel()).get(0);
        document.getCommandStack().execute(SetCommand.create(document.getEditingDomain(), first,
                MaillagePackage.Literals.ELEMENT__NOM, "Pas encore enregistré"));

        List<String> said = new ArrayList<>();
        answerDialogs(shell -> "Synchroniser".equals(shell.getText()), said);
        execute("org.maillage.team.ui.sync");
        waitForJobsAndDialogs(() -> !said.isEmpty());

        assertTrue(said.get(0).contains("eure.maillage"), "the question names the file: " + said);
        assertTrue(document.isDirty(), "the editor keeps its changes");
        assertEquals("Pas encore enregistré", first.getNom());
        assertArrayEquals(onDisk, Files.readAllBytes(mine.resolve("eure.maillage")), "nothing written");
        try (Git remote = Git.open(bare.toFile())) {
            assertEquals(1, count(remote.log().call()), "nothing sent");
        }
    }

    private Path bareRemote() throws Exception {
        Path bare = temp.resolve("partage").resolve("eure.git");
        Git.init().setBare(true).setDirectory(bare.toFile()).setInitialBranch("main").call().close();
        return bare;
    }

    private static void execute(String command) throws Exception {
        PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand(command, null);
    }

    /**
     * Closes, from inside their own event loop, the modal dialogs the command opens (a question is answered by
     * closing it, which is « Annuler »), keeping the texts they showed. Found by title only: with no active
     * shell (a command run from a test), the dialogs have no parent.
     */
    private static void answerDialogs(Predicate<Shell> which, List<String> said) {
        Display display = Display.getCurrent();
        Shell workbench = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
        long giveUp = System.currentTimeMillis() + 30_000;
        Runnable[] poll = new Runnable[1];
        poll[0] = () -> {
            boolean late = System.currentTimeMillis() > giveUp;
            for (Shell shell : display.getShells()) {
                // Late, any other window is closed too, so that an unexpected dialog fails the test, not the build.
                if (shell.isVisible() && (which.test(shell) || late && shell != workbench)) {
                    said.add((late && !which.test(shell) ? "unexpected: " : "") + texts(shell));
                    shell.close();
                }
            }
            if (said.isEmpty()) {
                display.timerExec(100, poll[0]);
            }
        };
        display.timerExec(100, poll[0]);
    }

    private static String texts(Control control) {
        StringBuilder text = new StringBuilder();
        if (control instanceof Label label) {
            text.append(label.getText()).append('\n');
        }
        if (control instanceof org.eclipse.swt.widgets.Composite composite) {
            for (Control child : composite.getChildren()) {
                text.append(texts(child));
            }
        }
        return text.toString();
    }

    private static void waitForJobsAndDialogs(java.util.function.BooleanSupplier done) throws Exception {
        Display display = Display.getCurrent();
        long end = System.currentTimeMillis() + 60_000;
        while (System.currentTimeMillis() < end && (!done.getAsBoolean() || !Job.getJobManager().isIdle())) {
            if (!display.readAndDispatch()) {
                Thread.sleep(20);
            }
        }
        while (display.readAndDispatch()) {
            // what the job's end posted
        }
        assertTrue(done.getAsBoolean(), "the command said something");
    }

    private static List<Chantier> chantiers(ModeleMaillage model) {
        List<Chantier> all = new ArrayList<>();
        model.eAllContents().forEachRemaining(o -> {
            if (o instanceof Chantier c) {
                all.add(c);
            }
        });
        return all;
    }

    private static int count(Iterable<?> items) {
        int n = 0;
        for (Object ignored : items) {
            n++;
        }
        return n;
    }
}
