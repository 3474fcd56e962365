/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.validation.internal.rules;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.maillage.model.MaillagePackage;
import org.maillage.validation.AbstractValidationRule;
import org.maillage.validation.ProblemReporter;
import org.maillage.validation.RuleCodes;
import org.maillage.validation.Severity;
import org.maillage.validation.internal.Messages;

/**
 * Cross-references lead to elements that are there. Two rules share this class:
 * <ul>
 * <li>{@link RuleCodes#REFERENCE_NON_RESOLUE}: a reference is a proxy that does not resolve, typically to
 * territory data (communes, EPCI, QPV) in a file that is missing or was not loaded;</li>
 * <li>{@link RuleCodes#REFERENCE_PENDANTE}: a reference points to an element that was removed from its model
 * and is in no resource (an editing or import bug that would be lost, or fail, at the next save).</li>
 * </ul>
 * Containment, container, derived and transient references are not checked: the first two cannot dangle, the
 * last two are computed from or mirror a saved reference, which is checked on its own side.
 */
public final class ReferenceRule extends AbstractValidationRule {

    private final boolean proxies;

    /**
     * @param proxies {@code true} for {@link RuleCodes#REFERENCE_NON_RESOLUE}, {@code false} for
     *            {@link RuleCodes#REFERENCE_PENDANTE}
     */
    public ReferenceRule(boolean proxies) {
        super(proxies ? RuleCodes.REFERENCE_NON_RESOLUE : RuleCodes.REFERENCE_PENDANTE, Severity.ERROR,
                MaillagePackage.Literals.ELEMENT);
        this.proxies = proxies;
    }

    @Override
    public void check(EObject object, ProblemReporter reporter) {
        for (EReference reference : object.eClass().getEAllReferences()) {
            if (reference.isContainment() || reference.isContainer() || reference.isDerived()
                    || reference.isTransient()) {
                continue;
            }
            Object value = object.eGet(reference, true);
            if (value instanceof List<?> targets) {
                for (Object target : targets) {
                    check(object, reference, (EObject) target, reporter);
                }
            } else if (value != null) {
                check(object, reference, (EObject) value, reporter);
            }
        }
    }

    private void check(EObject object, EReference reference, EObject target, ProblemReporter reporter) {
        if (proxies && target.eIsProxy()) {
            reporter.report(object, Messages.get("rule.ref.proxy", reference.getName(),
                    EcoreUtil.getURI(target).toString()), target);
        } else if (!proxies && !target.eIsProxy() && target.eResource() == null
                && EcoreUtil.getRootContainer(target) != EcoreUtil.getRootContainer(object)) {
            reporter.report(object, Messages.get("rule.ref.dangling", reference.getName(), reporter.label(target)),
                    target);
        }
    }
}
