/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.edit.ui.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;

/** Changes of one property as EMF commands on the roadmap's command stack, so that each one can be undone. */
public final class Edits {

    private Edits() {
    }

    /**
     * Sets a property through the domain's command stack; a value equal to the current one changes nothing (no
     * command, the roadmap does not become dirty).
     *
     * @param domain the roadmap's editing domain
     * @param owner the element
     * @param feature the property
     * @param value the new value; for a many-valued property, the whole new list
     * @return whether a command ran
     */
    public static boolean set(EditingDomain domain, EObject owner, EStructuralFeature feature, Object value) {
        Object current = owner.eGet(feature);
        if (feature.isMany() ? List.copyOf((List<?>) current).equals(value) : Objects.equals(current, value)) {
            return false;
        }
        Command command = SetCommand.create(domain, owner, feature,
                value == null && !feature.isMany() && feature.isUnsettable() ? SetCommand.UNSET_VALUE : value);
        if (!command.canExecute()) {
            return false;
        }
        domain.getCommandStack().execute(command);
        return true;
    }

    /**
     * @param source the element's property source
     * @param owner the element
     * @param feature a feature of the element
     * @return the item property descriptor of that feature, or {@code null} when the item provider shows none
     */
    public static IItemPropertyDescriptor descriptor(IItemPropertySource source, EObject owner,
            EStructuralFeature feature) {
        for (IItemPropertyDescriptor descriptor : source.getPropertyDescriptors(owner)) {
            if (descriptor.getFeature(owner) == feature) {
                return descriptor;
            }
        }
        return null;
    }

    /**
     * @param descriptor a property descriptor
     * @param owner the element
     * @return whether the user may change it: the item provider says so and it is not the element's identifier
     */
    public static boolean isEditable(IItemPropertyDescriptor descriptor, EObject owner) {
        Object feature = descriptor.getFeature(owner);
        return descriptor.canSetProperty(owner)
                && !(feature instanceof EAttribute attribute && attribute.isID());
    }

    /**
     * @param descriptor a single-valued enumeration or boolean property
     * @param owner the element
     * @return the values a combo offers: the literals, or yes and no (and "not set" for an optional boolean)
     */
    public static List<Object> choices(IItemPropertyDescriptor descriptor, EObject owner) {
        List<Object> values = new ArrayList<>();
        Class<?> kind = ((EStructuralFeature) descriptor.getFeature(owner)).getEType().getInstanceClass();
        if (kind == boolean.class || kind == Boolean.class) {
            if (kind == Boolean.class) {
                values.add(null);
            }
            values.add(Boolean.TRUE);
            values.add(Boolean.FALSE);
        } else {
            Collection<?> literals = descriptor.getChoiceOfValues(owner);
            if (literals != null) {
                values.addAll(literals);
            }
        }
        return values;
    }
}
