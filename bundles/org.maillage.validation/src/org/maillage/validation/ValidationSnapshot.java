/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.validation;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.maillage.model.ModeleMaillage;
import org.maillage.model.resource.MaillageFiles;

/**
 * A copy of a roadmap taken on the thread that owns it, validated later on another thread, whose problems name the
 * original elements: the background validation of the workbench, shared by the Problems view and the diagram
 * editors so that both show the same problems, and quick fixes can change the elements they name.
 * <p>
 * Copying takes a few milliseconds even for a large roadmap; validating can take much longer and must not hold the
 * model, which the UI thread changes through commands meanwhile.
 */
public final class ValidationSnapshot {

    private final ModeleMaillage copy;
    private final Map<EObject, EObject> originals;

    private ValidationSnapshot(ModeleMaillage copy, Map<EObject, EObject> originals) {
        this.copy = copy;
        this.originals = originals;
    }

    /**
     * @param model the roadmap, read on the thread that owns it
     * @return a snapshot of it, to validate on any thread
     */
    public static ValidationSnapshot take(ModeleMaillage model) {
        EcoreUtil.Copier copier = new EcoreUtil.Copier();
        ModeleMaillage copy = (ModeleMaillage) copier.copy(model);
        copier.copyReferences();
        Map<EObject, EObject> originals = new IdentityHashMap<>();
        copier.forEach((original, copied) -> originals.put(copied, original));
        // The same kind of resource as the original: rules and EMF's constraints see identifiers as in the file.
        URI uri = model.eResource() == null ? URI.createURI("copie.maillage") : model.eResource().getURI();
        Resource resource = MaillageFiles.newResourceSet().createResource(uri);
        resource.getContents().add(copy);
        return new ValidationSnapshot(copy, originals);
    }

    /**
     * Validates the copy as {@link ModelValidation#validate(ModeleMaillage, IProgressMonitor)} does.
     *
     * @param monitor the progress monitor, or {@code null}
     * @return the problems, in model order, naming the original elements (and original related objects)
     * @throws org.eclipse.core.runtime.OperationCanceledException when the monitor was cancelled
     */
    public List<RuleDiagnostic> validate(IProgressMonitor monitor) {
        List<RuleDiagnostic> found = ModelValidation.problems(ModelValidation.validate(copy, monitor));
        List<RuleDiagnostic> problems = new ArrayList<>(found.size());
        for (RuleDiagnostic diagnostic : found) {
            List<?> data = diagnostic.getData();
            Object[] related = new Object[data.size() - 1];
            for (int i = 1; i < data.size(); i++) {
                related[i - 1] = original(data.get(i));
            }
            problems.add(new RuleDiagnostic(diagnostic.getSeverityLevel(), diagnostic.getRuleCode(),
                    diagnostic.getMessage(), (EObject) original(diagnostic.getElement()), related));
        }
        return problems;
    }

    /**
     * @param name the job's name, shown in the progress view
     * @param family what {@link Job#belongsTo(Object)} answers {@code true} for, e.g. for tests to wait for the job
     * @param onResult given the problems ({@link #validate(IProgressMonitor)}) on the job's thread; not called when
     *            the job is cancelled
     * @return a job, not scheduled yet, that validates this snapshot with a low priority
     */
    public Job job(String name, Object family, Consumer<List<RuleDiagnostic>> onResult) {
        Job job = new Job(name) {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                List<RuleDiagnostic> found;
                try {
                    found = validate(monitor);
                } catch (OperationCanceledException e) {
                    return Status.CANCEL_STATUS;
                }
                onResult.accept(found);
                return Status.OK_STATUS;
            }

            @Override
            public boolean belongsTo(Object other) {
                return other == family;
            }
        };
        job.setPriority(Job.DECORATE);
        return job;
    }

    private Object original(Object copied) {
        return copied instanceof EObject object ? originals.getOrDefault(object, object) : copied;
    }
}
