/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.validation.internal.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.maillage.model.Element;
import org.maillage.model.MaillagePackage;
import org.maillage.model.ModeleMaillage;
import org.maillage.model.financement.Financement;
import org.maillage.model.financement.RegleCofinancement;
import org.maillage.validation.AbstractValidationRule;
import org.maillage.validation.ProblemReporter;
import org.maillage.validation.RuleCodes;
import org.maillage.validation.Severity;
import org.maillage.validation.internal.Messages;

/**
 * Funding respects the co-funding rules ({@code RegleCofinancement}) that apply to it. Semantics:
 * <ol>
 * <li>A financement follows the rule it names ({@code Financement.regle}), and only that one. Otherwise it
 * follows every rule whose criteria it meets: same {@code financeur} when the rule names one, same {@code fonds}
 * when the rule names one, and a funded object ({@code objet}) of the rule's {@code typeObjet} or a subclass when
 * the rule names one. A rule that names neither a financeur nor a fonds applies only to the financements that
 * name it: otherwise every funder's money would count as "the funder's share".</li>
 * <li>Its financements are grouped by funded object and year ({@code annee}): the funder's amount A is the sum of
 * the group's {@code montant}; the total T is the sum of all the financements of that object and year, whoever
 * pays. A missing amount counts as 0.</li>
 * <li>{@link RuleCodes#FINANCEMENT_PART}: A / T must not exceed {@code partMaxPourcent} %. When the funder is the
 * only one recorded, its share is 100 %: a rule of co-funding is broken until the co-funders are recorded.</li>
 * <li>{@link RuleCodes#FINANCEMENT_PLAFOND}: A must not exceed {@code plafond} (euros per year).</li>
 * </ol>
 * Example: ARS at most 50 % and 30 000 EUR a year for a CLS coordinator (a {@code Role}). The rule's
 * {@code region} is not used: a model holds the rules of its own region. One problem is reported per group, on
 * its first financement in model order, with the rule and the funded object as related data. Model-wide, because
 * a group spans several financements.
 */
public final class CofinancementRule extends AbstractValidationRule {

    private final boolean share;

    /**
     * @param share {@code true} for {@link RuleCodes#FINANCEMENT_PART}, {@code false} for
     *            {@link RuleCodes#FINANCEMENT_PLAFOND}
     */
    public CofinancementRule(boolean share) {
        super(share ? RuleCodes.FINANCEMENT_PART : RuleCodes.FINANCEMENT_PLAFOND, Severity.ERROR,
                MaillagePackage.Literals.MODELE_MAILLAGE);
        this.share = share;
    }

    /** The financements of one funded object in one year. */
    private record Key(Element objet, int annee) {
    }

    @Override
    public void check(EObject object, ProblemReporter reporter) {
        ModeleMaillage root = (ModeleMaillage) object;
        for (RegleCofinancement regle : root.getReglesCofinancement()) {
            BigDecimal limit = share ? regle.getPartMaxPourcent() : regle.getPlafond();
            if (limit == null) {
                continue;
            }
            for (Map.Entry<Key, List<Financement>> group : groups(root, regle).entrySet()) {
                BigDecimal paid = sum(group.getValue());
                Key key = group.getKey();
                if (share) {
                    checkShare(root, regle, key, group.getValue(), paid, limit, reporter);
                } else if (paid.compareTo(limit) > 0) {
                    Financement first = group.getValue().get(0);
                    reporter.report(first, Messages.get("rule.fin.plafond", payer(first, reporter), euros(paid),
                            reporter.label(key.objet()), year(key.annee()), euros(limit), reporter.label(regle)),
                            regle, key.objet());
                }
            }
        }
    }

    private static void checkShare(ModeleMaillage root, RegleCofinancement regle, Key key, List<Financement> group,
            BigDecimal paid, BigDecimal limit, ProblemReporter reporter) {
        List<Financement> all = new ArrayList<>();
        for (Financement financement : root.getFinancements()) {
            if (financement.getObjet() == key.objet() && financement.getAnnee() == key.annee()) {
                all.add(financement);
            }
        }
        BigDecimal total = sum(all);
        // A / T > max / 100, written without division so that no rounding decides.
        if (total.signum() > 0 && paid.multiply(BigDecimal.valueOf(100)).compareTo(limit.multiply(total)) > 0) {
            BigDecimal percent = paid.multiply(BigDecimal.valueOf(100)).divide(total, 1, RoundingMode.HALF_UP);
            Financement first = group.get(0);
            reporter.report(first, Messages.get("rule.fin.part", payer(first, reporter), euros(paid), euros(total),
                    reporter.label(key.objet()), year(key.annee()), number(percent), number(limit),
                    reporter.label(regle)), regle, key.objet());
        }
    }

    private static Map<Key, List<Financement>> groups(ModeleMaillage root, RegleCofinancement regle) {
        Map<Key, List<Financement>> groups = new LinkedHashMap<>();
        for (Financement financement : root.getFinancements()) {
            if (financement.getObjet() != null && follows(financement, regle)) {
                groups.computeIfAbsent(new Key(financement.getObjet(), financement.getAnnee()),
                        k -> new ArrayList<>()).add(financement);
            }
        }
        return groups;
    }

    private static boolean follows(Financement financement, RegleCofinancement regle) {
        if (financement.getRegle() != null) {
            return financement.getRegle() == regle;
        }
        if (regle.getFinanceur() == null && regle.getFonds() == null) {
            return false;
        }
        return (regle.getFinanceur() == null || regle.getFinanceur() == financement.getFinanceur())
                && (regle.getFonds() == null || regle.getFonds() == financement.getFonds())
                && (regle.getTypeObjet() == null || regle.getTypeObjet().isInstance(financement.getObjet()));
    }

    private static BigDecimal sum(List<Financement> financements) {
        BigDecimal sum = BigDecimal.ZERO;
        for (Financement financement : financements) {
            if (financement.getMontant() != null) {
                sum = sum.add(financement.getMontant());
            }
        }
        return sum;
    }

    private static String payer(Financement financement, ProblemReporter reporter) {
        return reporter.label(financement.getFinanceur() != null ? financement.getFinanceur()
                : financement.getFonds());
    }

    private static String year(int annee) {
        return annee == 0 ? "?" : String.valueOf(annee);
    }

    private static String euros(BigDecimal amount) {
        return number(amount.setScale(2, RoundingMode.HALF_UP));
    }

    private static String number(BigDecimal value) {
        return NumberFormat.getNumberInstance(Locale.getDefault()).format(value.stripTrailingZeros());
    }
}
