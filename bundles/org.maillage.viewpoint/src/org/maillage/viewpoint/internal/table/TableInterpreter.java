/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.viewpoint.internal.table;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.maillage.core.text.Dates;
import org.maillage.model.Element;
import org.maillage.viewpoint.ExpressionDiagnostic;
import org.maillage.viewpoint.internal.DiagramInterpreter;
import org.maillage.viewpoint.internal.Messages;
import org.maillage.viewpoint.internal.Types;
import org.maillage.viewpoint.internal.expressions.ExpressionEngine;
import org.maillage.viewpoint.internal.expressions.ExpressionException;
import org.maillage.viewpoint.internal.expressions.ModelIndex;
import org.maillage.viewpoint.model.description.CellStyle;
import org.maillage.viewpoint.model.description.CrossTableDescription;
import org.maillage.viewpoint.model.description.DescriptionPackage.Literals;
import org.maillage.viewpoint.model.description.ElementColumnMapping;
import org.maillage.viewpoint.model.description.FeatureColumn;
import org.maillage.viewpoint.model.description.IntersectionMapping;
import org.maillage.viewpoint.model.description.LineMapping;
import org.maillage.viewpoint.model.description.TableDescription;
import org.maillage.viewpoint.table.CellLook;
import org.maillage.viewpoint.table.Table;
import org.maillage.viewpoint.table.TableCell;
import org.maillage.viewpoint.table.TableColumn;
import org.maillage.viewpoint.table.TableLine;

/**
 * Computes a {@link Table} from a table description on a target element: the candidates of the line mappings
 * (then their sub-lines), of the feature columns and element column mappings, and each cell with its label and
 * conditional style. Every expression goes through the shared, locked-down {@link ExpressionEngine}, with the
 * variables {@code self}, {@code root} and, in a cross-table cell, {@code line} and {@code column}. A failing
 * expression never stops the computation: the cell (or header) shows "⚠" and the French reason, and the table's
 * diagnostics name the description element, the expression and the element (once per element, expression and
 * message, so that a wrong cell expression on 10,000 cells is one diagnostic).
 * <p>
 * Nothing is cached between refreshes: a 100 x 100 cross table is recomputed whole in tens of milliseconds
 * (docs/performance.md), which keeps tables simple and always right.
 */
public final class TableInterpreter {

    private static final String ERROR_MARK = "\u26a0 ";

    private final ExpressionEngine engine;
    private final TableDescription description;
    private final EObject target;
    private final Map<List<String>, ExpressionDiagnostic> diagnostics = new LinkedHashMap<>();
    private ModelIndex index;
    private final Map<String, Object> variables = new HashMap<>();

    /**
     * @param engine evaluates the expressions
     * @param description the table description
     * @param target the element the table is made for ({@code root} and the first {@code self})
     */
    public TableInterpreter(ExpressionEngine engine, TableDescription description, EObject target) {
        this.engine = engine;
        this.description = description;
        this.target = target;
    }

    /** @return the table, computed now */
    public Table compute() {
        diagnostics.clear();
        index = new ModelIndex(target);
        List<TableLine> lines = new ArrayList<>();
        for (LineMapping mapping : description.getLineMappings()) {
            addLines(mapping, target, "", 0, lines);
        }
        List<TableColumn> columns = new ArrayList<>();
        for (FeatureColumn column : description.getFeatureColumns()) {
            columns.add(new TableColumn(column.getId(), label(column), null, column));
        }
        if (description instanceof CrossTableDescription cross) {
            for (ElementColumnMapping mapping : cross.getColumnMappings()) {
                addColumns(mapping, columns);
            }
        }
        Map<TableLine, List<TableCell>> cells = new HashMap<>();
        for (TableLine line : lines) {
            List<TableCell> row = new ArrayList<>(columns.size());
            for (TableColumn column : columns) {
                row.add(column.mapping() instanceof FeatureColumn feature ? featureCell(line, column, feature)
                        : crossCell(line, column));
            }
            cells.put(line, row);
        }
        String corner = description.getLineMappings().isEmpty() ? ""
                : nonNull(description.getLineMappings().get(0).getLabel());
        Table table = new Table(description, title(), corner, lines, columns, cells,
                new ArrayList<>(diagnostics.values()));
        index = null;
        return table;
    }

    // ---- lines and columns ---------------------------------------------------------------------------------------

    private void addLines(LineMapping mapping, EObject self, String parentId, int depth, List<TableLine> lines) {
        List<Object> candidates = candidates(mapping, Literals.LINE_MAPPING__SEMANTIC_CANDIDATES_EXPRESSION,
                mapping.getSemanticCandidatesExpression(), mapping.getDomainClass(), self);
        for (Object candidate : candidates) {
            if (!(candidate instanceof EObject element)) {
                continue;
            }
            String id = parentId + mapping.getId() + ':' + key(element);
            String header;
            String error = null;
            try {
                header = text(evaluateOr(mapping.getLabelExpression(), element, variables(element, null, null)));
            } catch (ExpressionException e) {
                report(mapping, Literals.LINE_MAPPING__LABEL_EXPRESSION, mapping.getLabelExpression(), element,
                        e.getMessage());
                error = e.getMessage();
                header = ERROR_MARK + error;
            }
            CellLook look = look(mapping.getCellStyles(), element, withLabel(variables(element, null, null), header));
            lines.add(new TableLine(id, header, look, error, element, mapping, depth));
            for (LineMapping sub : mapping.getSubLineMappings()) {
                addLines(sub, element, id + '/', depth + 1, lines);
            }
        }
    }

    private void addColumns(ElementColumnMapping mapping, List<TableColumn> columns) {
        List<Object> candidates = candidates(mapping, Literals.ELEMENT_COLUMN_MAPPING__SEMANTIC_CANDIDATES_EXPRESSION,
                mapping.getSemanticCandidatesExpression(), mapping.getDomainClass(), target);
        for (Object candidate : candidates) {
            String header;
            try {
                header = text(evaluateOr(mapping.getHeaderLabelExpression(), candidate,
                        variables(candidate, null, null)));
            } catch (ExpressionException e) {
                report(mapping, Literals.ELEMENT_COLUMN_MAPPING__HEADER_LABEL_EXPRESSION,
                        mapping.getHeaderLabelExpression(), candidate, e.getMessage());
                header = ERROR_MARK + e.getMessage();
            }
            columns.add(new TableColumn(mapping.getId() + ':' + key(candidate), header, candidate, mapping));
        }
    }

    private List<Object> candidates(EObject mapping, EStructuralFeature feature, String expression,
            String domainClass, EObject self) {
        List<Object> result = new ArrayList<>();
        if (expression == null || expression.isBlank()) {
            if (domainClass != null && !domainClass.isBlank()) {
                self.eAllContents().forEachRemaining(o -> {
                    if (Types.isA(o, domainClass)) {
                        result.add(o);
                    }
                });
            }
            return result;
        }
        Object value;
        try {
            value = engine.evaluate(expression, variables(self, null, null), null, index);
        } catch (ExpressionException e) {
            report(mapping, feature, expression, self, e.getMessage());
            return result;
        }
        Collection<?> values = value instanceof Collection<?> c ? c : value == null ? List.of() : List.of(value);
        for (Object v : values) {
            if (v != null && (domainClass == null || domainClass.isBlank() || Types.isA(v, domainClass))
                    && !result.contains(v)) {
                result.add(v);
            }
        }
        return result;
    }

    // ---- cells ---------------------------------------------------------------------------------------------------

    private TableCell featureCell(TableLine line, TableColumn column, FeatureColumn feature) {
        Object element = line.element();
        Map<String, Object> vars = variables(element, null, null);
        String text;
        String error = null;
        try {
            String expression = feature.getLabelExpression();
            if (expression != null && !expression.isBlank()) {
                text = text(engine.evaluate(expression, vars, null, index));
            } else {
                text = text(featureValue((EObject) element, feature.getFeatureName()));
            }
        } catch (ExpressionException e) {
            report(feature, Literals.FEATURE_COLUMN__LABEL_EXPRESSION, feature.getLabelExpression(), element,
                    e.getMessage());
            error = e.getMessage();
            text = ERROR_MARK + error;
        }
        CellLook look = look(feature.getCellStyles(), element, withLabel(vars, text));
        boolean editable = feature.isEditable() && TableCommands.attribute((EObject) element,
                feature.getFeatureName()) != null;
        return new TableCell(line, column, text, look, error, feature, editable);
    }

    private TableCell crossCell(TableLine line, TableColumn column) {
        IntersectionMapping intersection = intersection(line, column);
        if (intersection == null) {
            return new TableCell(line, column, "", CellLook.PLAIN, null, null, false);
        }
        Map<String, Object> vars = variables(line.element(), line.element(), column.element());
        String text;
        String error = null;
        try {
            text = text(engine.evaluate(nonNull(intersection.getLabelExpression()).isBlank() ? "''"
                    : intersection.getLabelExpression(), vars, null, index));
        } catch (ExpressionException e) {
            report(intersection, Literals.INTERSECTION_MAPPING__LABEL_EXPRESSION, intersection.getLabelExpression(),
                    line.element(), e.getMessage());
            error = e.getMessage();
            text = ERROR_MARK + error;
        }
        CellLook look = look(intersection.getCellStyles(), line.element(), withLabel(vars, text));
        boolean editable = TableCommands.toggleReference(intersection, line.element(), column.element()) != null;
        return new TableCell(line, column, text, look, error, intersection, editable);
    }

    private IntersectionMapping intersection(TableLine line, TableColumn column) {
        if (!(description instanceof CrossTableDescription cross)) {
            return null;
        }
        for (IntersectionMapping intersection : cross.getIntersections()) {
            if ((intersection.getLineMapping() == null || intersection.getLineMapping() == line.mapping())
                    && (intersection.getColumnMapping() == null
                            || intersection.getColumnMapping() == column.mapping())) {
                return intersection;
            }
        }
        return null;
    }

    private CellLook look(List<CellStyle> styles, Object self, Map<String, Object> vars) {
        for (CellStyle style : styles) {
            String predicate = style.getPredicateExpression();
            boolean holds = true;
            if (predicate != null && !predicate.isBlank()) {
                try {
                    Object value = engine.evaluate(predicate, vars, null, index);
                    if (!(value instanceof Boolean)) {
                        report(style, Literals.CELL_STYLE__PREDICATE_EXPRESSION, predicate, self,
                                Messages.get("expression.notBoolean", String.valueOf(value)));
                    }
                    holds = Boolean.TRUE.equals(value);
                } catch (ExpressionException e) {
                    report(style, Literals.CELL_STYLE__PREDICATE_EXPRESSION, predicate, self, e.getMessage());
                    holds = false;
                }
            }
            if (holds) {
                return new CellLook(blankToNull(style.getBackgroundColor()), blankToNull(style.getForegroundColor()),
                        style.isBold());
            }
        }
        return CellLook.PLAIN;
    }

    // ---- helpers -------------------------------------------------------------------------------------------------

    private String title() {
        String expression = description.getTitleExpression();
        if (expression != null && !expression.isBlank()) {
            try {
                return text(engine.evaluate(expression, variables(target, null, null), null, index));
            } catch (ExpressionException e) {
                report(description, Literals.TABLE_DESCRIPTION__TITLE_EXPRESSION, expression, target, e.getMessage());
            }
        }
        return nonNull(description.getLabel());
    }

    private Object evaluateOr(String expression, Object self, Map<String, Object> vars) throws ExpressionException {
        if (expression == null || expression.isBlank()) {
            return self instanceof EObject e ? featureValue(e, "nom") : self;
        }
        return engine.evaluate(expression, vars, null, index);
    }

    /**
     * The variables of one evaluation. One map is reused for the whole refresh (evaluations run one after the other and
     * none keeps it): allocating one per cell was a visible part of a 100 x 100 refresh.
     */
    private Map<String, Object> variables(Object self, Object line, Object column) {
        variables.clear();
        variables.put("self", self);
        variables.put("root", target);
        if (line != null || column != null) {
            variables.put("line", line);
            variables.put("column", column);
        }
        return variables;
    }

    /**
     * Style predicates also see {@code label}, the text just computed: "coloured when not empty" is then
     * {@code label != ''} instead of the label expression evaluated a second time (a third of a 100 x 100 refresh).
     */
    private static Map<String, Object> withLabel(Map<String, Object> vars, String label) {
        vars.put("label", label);
        return vars;
    }

    private static Object featureValue(EObject element, String name) {
        EStructuralFeature feature = name == null ? null : element.eClass().getEStructuralFeature(name);
        return feature == null ? null : element.eGet(feature);
    }

    /** @return how a value reads in a cell: enum literals by name, dates JJ/MM/AAAA, lists joined, elements by name */
    public static String text(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof String s) {
            return s;
        }
        if (value instanceof Enumerator literal) {
            return literal.getLiteral();
        }
        if (value instanceof BigDecimal d) {
            return d.toPlainString();
        }
        if (value instanceof Boolean b) {
            return Messages.get(b ? "table.yes" : "table.no");
        }
        if (value instanceof LocalDate date) {
            // JJ/MM/AAAA as everywhere users read dates, not the files' ISO form.
            return Dates.format(date);
        }
        if (value instanceof Element element) {
            return nonNull(element.getNom());
        }
        if (value instanceof Collection<?> values) {
            List<String> texts = new ArrayList<>();
            values.forEach(v -> texts.add(text(v)));
            return String.join(", ", texts);
        }
        return String.valueOf(value);
    }

    private static String key(Object element) {
        return element instanceof Element e && e.getUuid() != null ? e.getUuid() : String.valueOf(element);
    }

    private String label(FeatureColumn column) {
        return column.getLabel() != null ? column.getLabel() : nonNull(column.getFeatureName());
    }

    private void report(EObject owner, EStructuralFeature feature, String expression, Object self, String message) {
        String where = DiagramInterpreter.describe(owner);
        diagnostics.computeIfAbsent(List.of(where, feature.getName(), nonNull(expression), nonNull(message)),
                k -> new ExpressionDiagnostic(where, feature.getName(), expression, describe(self), message));
    }

    private static String describe(Object self) {
        if (self instanceof Element e) {
            return nonNull(e.getNom()) + " [" + e.getUuid() + "]";
        }
        return self == null ? null : String.valueOf(self);
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
