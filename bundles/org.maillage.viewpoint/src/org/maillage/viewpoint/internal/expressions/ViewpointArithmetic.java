/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.viewpoint.internal.expressions;

import java.math.MathContext;
import java.util.Collection;
import java.util.regex.Pattern;

import org.apache.commons.jexl3.JexlArithmetic;
import org.maillage.viewpoint.internal.Messages;

/**
 * JEXL's arithmetic with bounded regular expressions. JEXL evaluates {@code x =~ y} and {@code x !~ y} through
 * {@link JexlArithmetic#contains(Object, Object)}, which matches when {@code y} is a string or a
 * {@code Pattern} (a {@code ~/.../} literal, or a constant string JEXL 3.7 compiled itself); this subclass sends
 * those to {@link BoundedRegex}. JEXL's own matcher stops only on a thread interrupt, which the time limit does
 * not use. Overriding (same signature) rather than overloading keeps JEXL from treating the method as an
 * operator overload looked up through the uberspect, which the locked-down permissions would refuse. Membership
 * in a collection or map keeps JEXL's behaviour, but a collection on the left ({@code (1..n) =~ list}) is walked
 * with the deadline checked and at most {@link Limits#MAX_ITEMS} items.
 */
final class ViewpointArithmetic extends JexlArithmetic {

    /** @param strict as {@link JexlArithmetic#JexlArithmetic(boolean)} */
    ViewpointArithmetic(boolean strict) {
        super(strict);
    }

    /** The constructor JEXL looks for; {@link #createWithOptions} calls it directly. */
    public ViewpointArithmetic(boolean strict, MathContext bigdContext, int bigdScale) {
        super(strict, bigdContext, bigdScale);
    }

    @Override
    protected JexlArithmetic createWithOptions(boolean strict, MathContext bigdContext, int bigdScale) {
        // JEXL's default uses reflection on a public class and falls back to a plain JexlArithmetic quietly,
        // which would lose the bounded matcher.
        return new ViewpointArithmetic(strict, bigdContext, bigdScale);
    }

    @Override
    public Boolean contains(Object container, Object value) {
        if (value != null && (container instanceof Pattern || container instanceof CharSequence)) {
            return BoundedRegex.matches(container, value);
        }
        if (container instanceof Collection<?> many && value instanceof Collection<?> wanted) {
            return containsAll(many, wanted);
        }
        return super.contains(container, value);
    }

    /**
     * {@code (1..2000000000) =~ (1..10)}: JEXL calls {@code containsAll}, a plain Java loop over the left side that
     * no cancellation reaches. Same answer, with the item limit (a range's size costs nothing) and the deadline.
     */
    private static boolean containsAll(Collection<?> container, Collection<?> wanted) {
        if (wanted.size() > Limits.MAX_ITEMS) {
            throw new Limits.LimitException(Messages.get("expression.tooManyItems", "=~",
                    String.valueOf(Limits.MAX_ITEMS)));
        }
        EvaluationContext context = EvaluationContext.CURRENT.get();
        for (Object item : wanted) {
            if (context != null) {
                context.checkTime();
            }
            if (!container.contains(item)) {
                return false;
            }
        }
        return true;
    }
}
