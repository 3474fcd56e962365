/*
 * Copyright (c) 2026 Maillage contributors.
 * SPDX-License-Identifier: EPL-2.0
 */
package org.maillage.spreadsheet.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.maillage.model.Element;
import org.maillage.model.ModeleMaillage;
import org.maillage.model.indicateur.Indicateur;
import org.maillage.model.indicateur.IndicateurFactory;
import org.maillage.model.indicateur.IndicateurPackage;
import org.maillage.model.indicateur.ValeurAnnuelle;
import org.maillage.spreadsheet.ImportPreview;
import org.maillage.spreadsheet.ImportPreview.FieldChange;
import org.maillage.spreadsheet.ImportPreview.Refusal;
import org.maillage.spreadsheet.ImportPreview.RowChange;

/**
 * Compares sheets read back with the roadmap and plans the change. A row finds its element by uuid, else by code or
 * number (within its owner: the same axe number exists in every CLS), else it is a new element. Each cell is read by
 * its column's definition, the one that wrote it; a value that cannot be read refuses its row, with a French reason.
 * Nothing is changed here: the plan becomes one command in {@link ImportPreview#command}.
 */
public final class Importer {

    /** One change of an existing element, or one new element. */
    private interface Op {
        void addTo(CompoundCommand command, EditingDomain domain);
    }

    /** A value that cannot be read. */
    private static final class Refused extends Exception {
        private static final long serialVersionUID = 1L;

        Refused(String reason) {
            super(reason, null, false, false);
        }
    }

    private final ModeleMaillage model;
    private final Resolver resolver;
    private final String source;
    private final List<RowChange> added = new ArrayList<>();
    private final List<RowChange> changed = new ArrayList<>();
    private final List<RowChange> unchanged = new ArrayList<>();
    private final List<Refusal> refusals = new ArrayList<>();
    private final List<String> absent = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    /** The planned operations of each valid row, in sheet order. */
    private final List<List<Op>> plans = new ArrayList<>();

    private Importer(ModeleMaillage model, String source) {
        this.model = model;
        this.resolver = new Resolver(model);
        this.source = source;
    }

    /**
     * @param model the roadmap
     * @param sheets the sheets read
     * @param source the file's name, for the command's label
     * @return the preview of the import
     */
    public static ImportPreview preview(ModeleMaillage model, List<RawSheet> sheets, String source) {
        Importer importer = new Importer(model, source);
        for (RawSheet sheet : sheets) {
            SheetSpec spec = identify(sheet, model);
            if (spec == null) {
                importer.notes.add(Messages.get("note.unknownSheet", sheet.name()));
            } else {
                importer.sheet(sheet, spec);
            }
        }
        List<List<Op>> plans = List.copyOf(importer.plans);
        String label = Messages.get("import.command", source);
        return new ImportPreview(importer.added, importer.changed, importer.unchanged, importer.refusals,
                importer.absent, importer.notes, (domain, validOnly) -> {
                    CompoundCommand command = new CompoundCommand(label);
                    plans.forEach(plan -> plan.forEach(op -> op.addTo(command, domain)));
                    return command;
                });
    }

    /** @return the sheet definition a sheet read back matches: by name, else by its headers; null when none */
    static SheetSpec identify(RawSheet sheet, ModeleMaillage model) {
        List<SheetSpec> all = Catalog.allSheets(model);
        for (SheetSpec spec : all) {
            if (Headers.normalise(spec.name()).equals(Headers.normalise(sheet.name()))) {
                return spec;
            }
        }
        // A CSV file carries no sheet name: the sheet whose columns the headers fit best, the fewest of its
        // columns missing (a DAC sheet fits the CLS columns too, but lacks most of them).
        SheetSpec best = null;
        int bestScore = 2;
        for (SheetSpec spec : all) {
            int matched = 0;
            for (String header : sheet.headers()) {
                if (spec.columns().stream().anyMatch(c -> same(c.header(), header))) {
                    matched++;
                }
            }
            int score = matched * 2 - (spec.columns().size() - matched);
            if (matched >= 2 && (best == null || score > bestScore)) {
                best = spec;
                bestScore = score;
            }
        }
        return best;
    }

    private static boolean same(String a, String b) {
        return Headers.normalise(a).equals(Headers.normalise(b));
    }

    private void sheet(RawSheet sheet, SheetSpec spec) {
        // Which column each header is; a year heads an indicator's value for that year.
        Map<Integer, Column> columns = new LinkedHashMap<>();
        for (int i = 0; i < sheet.headers().size(); i++) {
            String header = sheet.headers().get(i);
            Column column = spec.columns().stream().filter(c -> same(c.header(), header)).findFirst().orElse(null);
            if (column == null && spec.eClass() == IndicateurPackage.eINSTANCE.getIndicateur()
                    && header.matches("\\d{4}")) {
                column = Catalog.yearColumn(Integer.parseInt(header));
            }
            if (column == null) {
                if (!header.isBlank()) {
                    notes.add(Messages.get("note.unknownColumn", sheet.name(), header));
                }
            } else if (!columns.containsValue(column)) {
                columns.put(i, column);
            }
        }
        int uuidIndex = indexOf(columns, c -> c.kind() == Column.Kind.UUID);
        int parentIndex = indexOf(columns, c -> c.kind() == Column.Kind.PARENT);
        int keyIndex = indexOf(columns, c -> c.feature() == spec.key());

        List<EObject> existing = spec.rows(model);
        Map<String, EObject> byUuid = new HashMap<>();
        Map<String, EObject> byKey = new HashMap<>();
        for (EObject object : existing) {
            byUuid.put(((Element) object).getUuid(), object);
            Object key = object.eGet(spec.key());
            if (key instanceof String s && !s.isBlank()) {
                byKey.putIfAbsent(keyOf(spec, Column.display(object.eContainer()), s), object);
            }
        }
        Map<String, Integer> seenUuids = new HashMap<>();
        Map<String, Integer> seenKeys = new HashMap<>();
        java.util.Set<EObject> matched = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (RawSheet.Row row : sheet.rows()) {
            String uuid = uuidIndex < 0 ? "" : row.cell(uuidIndex).trim();
            String key = keyIndex < 0 ? "" : row.cell(keyIndex).trim();
            String parentText = parentIndex < 0 ? "" : row.cell(parentIndex).trim();
            List<Refusal> rowRefusals = new ArrayList<>();
            EObject target = null;
            if (!uuid.isEmpty()) {
                Integer first = seenUuids.putIfAbsent(uuid, row.number());
                if (first != null) {
                    rowRefusals.add(refusal(sheet, row, columns.get(uuidIndex),
                            Messages.get("refuse.duplicate", uuid, String.valueOf(first))));
                }
                target = byUuid.get(uuid);
                if (target == null) {
                    EObject other = resolver.resolve(org.maillage.model.MaillagePackage.eINSTANCE.getElement(), uuid)
                            .element();
                    if (other != null && uuid.equals(((Element) other).getUuid())) {
                        rowRefusals.add(refusal(sheet, row, columns.get(uuidIndex),
                                Messages.get("refuse.wrongType", uuid, Labels.type(other.eClass()))));
                    }
                }
            } else if (!key.isEmpty()) {
                String k = keyOf(spec, parentText, key);
                Integer first = seenKeys.putIfAbsent(k, row.number());
                if (first != null) {
                    rowRefusals.add(refusal(sheet, row, columns.get(keyIndex),
                            Messages.get("refuse.duplicate", key, String.valueOf(first))));
                }
                target = byKey.get(k);
                if (target == null && !spec.hasParent()) {
                    target = byKey.get(keyOf(spec, "", key));
                }
            }
            if (target != null && matched.contains(target) && rowRefusals.isEmpty()) {
                rowRefusals.add(refusal(sheet, row, columns.get(uuidIndex >= 0 ? uuidIndex : keyIndex),
                        Messages.get("refuse.duplicate", Column.display(target), "?")));
            }
            if (target != null) {
                matched.add(target);
                existingRow(sheet, spec, row, columns, target, rowRefusals);
            } else {
                newRow(sheet, spec, row, columns, uuid, parentText, parentIndex, rowRefusals);
            }
        }
        for (EObject object : existing) {
            if (!matched.contains(object)) {
                absent.add(spec.name() + " : " + Column.display(object));
            }
        }
    }

    private static String keyOf(SheetSpec spec, String parent, String key) {
        return (spec.hasParent() ? Headers.normalise(parent) : "") + '\u0000' + Headers.normalise(key);
    }

    private static int indexOf(Map<Integer, Column> columns, java.util.function.Predicate<Column> which) {
        return columns.entrySet().stream().filter(e -> which.test(e.getValue())).map(Map.Entry::getKey).findFirst()
                .orElse(-1);
    }

    private static Refusal refusal(RawSheet sheet, RawSheet.Row row, Column column, String reason) {
        return new Refusal(sheet.name(), row.number(), column == null ? "" : column.header(), reason);
    }

    private void existingRow(RawSheet sheet, SheetSpec spec, RawSheet.Row row, Map<Integer, Column> columns,
            EObject target, List<Refusal> rowRefusals) {
        List<FieldChange> fieldChanges = new ArrayList<>();
        List<Op> ops = new ArrayList<>();
        columns.forEach((index, column) -> {
            if (!column.editable()) {
                return;
            }
            String cell = row.cell(index);
            String before = CellText.format(column.value(target));
            if (unchanged(column, before, cell)) {
                return;
            }
            try {
                Object value = parse(column, cell);
                if (column.kind() == Column.Kind.YEAR_VALUE) {
                    BigDecimal current = (BigDecimal) column.value(target);
                    if (current == null ? value == null : value != null && current.compareTo((BigDecimal) value) == 0) {
                        return;
                    }
                    ops.add(yearOp((Indicateur) target, column.year(), (BigDecimal) value));
                } else {
                    if (equal(target.eGet(column.feature()), value)) {
                        return;
                    }
                    EStructuralFeature feature = column.feature();
                    Object newValue = value == null && !feature.isMany() ? SetCommand.UNSET_VALUE : value;
                    ops.add((command, domain) -> command.append(new SetCommand(domain, target, feature, newValue)));
                }
                fieldChanges.add(new FieldChange(column.header(), before, shown(column, value)));
            } catch (Refused e) {
                rowRefusals.add(refusal(sheet, row, column, e.getMessage()));
            }
        });
        RowChange change = new RowChange(sheet.name(), row.number(), Column.display(target), fieldChanges);
        if (!rowRefusals.isEmpty()) {
            refusals.addAll(rowRefusals);
        } else if (fieldChanges.isEmpty()) {
            unchanged.add(change);
        } else {
            changed.add(change);
            plans.add(ops);
        }
    }

    @SuppressWarnings("unchecked")
    private void newRow(RawSheet sheet, SheetSpec spec, RawSheet.Row row, Map<Integer, Column> columns, String uuid,
            String parentText, int parentIndex, List<Refusal> rowRefusals) {
        EObject created = EcoreUtil.create(spec.eClass());
        if (!uuid.isEmpty()) {
            ((Element) created).setUuid(uuid);
        }
        List<FieldChange> fields = new ArrayList<>();
        EObject owner = model;
        if (spec.hasParent()) {
            EClass ownerType = spec.containment().getEContainingClass();
            Column parentColumn = spec.columns().stream().filter(c -> c.kind() == Column.Kind.PARENT).findFirst()
                    .orElseThrow();
            owner = null;
            if (parentText.isEmpty()) {
                List<EObject> owners = Resolver.all(model, ownerType);
                if (owners.size() == 1) {
                    owner = owners.get(0);
                } else {
                    rowRefusals.add(refusal(sheet, row, parentColumn,
                            Messages.get("refuse.parentMissing", Labels.type(ownerType))));
                }
            } else {
                Resolver.Result result = resolver.resolve(ownerType, parentText);
                owner = result.element();
                if (owner == null) {
                    rowRefusals.add(refusal(sheet, row, parentColumn, Messages.get(result.ambiguous()
                            ? "refuse.ambiguousRef" : "refuse.unknownRef", parentText, Labels.type(ownerType))));
                }
            }
            if (owner != null) {
                fields.add(new FieldChange(parentColumn.header(), "", Column.display(owner)));
            }
        }
        for (Map.Entry<Integer, Column> entry : columns.entrySet()) {
            Column column = entry.getValue();
            String cell = entry.getValue().kind() == Column.Kind.UUID ? "" : row.cell(entry.getKey());
            if (!column.editable() || cell.isBlank()) {
                continue;
            }
            try {
                Object value = parse(column, cell);
                if (value == null) {
                    continue;
                }
                if (column.kind() == Column.Kind.YEAR_VALUE) {
                    ValeurAnnuelle valeur = IndicateurFactory.eINSTANCE.createValeurAnnuelle();
                    valeur.setAnnee(column.year());
                    valeur.setValeur((BigDecimal) value);
                    ((Indicateur) created).getValeurs().add(valeur);
                } else if (column.feature().isMany()) {
                    ((List<Object>) created.eGet(column.feature())).addAll((List<Object>) value);
                } else {
                    created.eSet(column.feature(), value);
                }
                fields.add(new FieldChange(column.header(), "", shown(column, value)));
            } catch (Refused e) {
                rowRefusals.add(refusal(sheet, row, column, e.getMessage()));
            }
        }
        if (!rowRefusals.isEmpty()) {
            refusals.addAll(rowRefusals);
            return;
        }
        added.add(new RowChange(sheet.name(), row.number(), Column.display(created), fields));
        EObject finalOwner = owner;
        EReference containment = spec.containment();
        plans.add(List.of((command, domain) -> command.append(new AddCommand(domain, finalOwner, containment,
                created))));
    }

    private static Op yearOp(Indicateur indicateur, int year, BigDecimal value) {
        return (command, domain) -> {
            ValeurAnnuelle existing = indicateur.getValeurs().stream().filter(v -> v.getAnnee() == year).findFirst()
                    .orElse(null);
            IndicateurPackage p = IndicateurPackage.eINSTANCE;
            if (existing == null) {
                ValeurAnnuelle valeur = IndicateurFactory.eINSTANCE.createValeurAnnuelle();
                valeur.setAnnee(year);
                valeur.setValeur(value);
                command.append(new AddCommand(domain, indicateur, p.getIndicateur_Valeurs(), valeur));
            } else if (value == null) {
                command.append(new RemoveCommand(domain, indicateur, p.getIndicateur_Valeurs(), existing));
            } else {
                command.append(new SetCommand(domain, existing, p.getValeurAnnuelle_Valeur(), value));
            }
        };
    }

    /** A cell that reads as what the element has: no need to read it further (nor to resolve its names). */
    private static boolean unchanged(Column column, String before, String cell) {
        String a = before.replace("\r\n", "\n");
        String b = cell.replace("\r\n", "\n");
        if (column.kind() == Column.Kind.TEXT) {
            return a.equals(b) || a.equals(b.strip()) && !b.isBlank();
        }
        return Headers.normalise(a).equals(Headers.normalise(b));
    }

    private static boolean equal(Object current, Object value) {
        if (current instanceof BigDecimal a && value instanceof BigDecimal b) {
            return a.compareTo(b) == 0;
        }
        if (current instanceof List<?> a && value instanceof List<?> b) {
            return a.equals(b);
        }
        if (current instanceof String s && s.isEmpty() && value == null) {
            return true;
        }
        return Objects.equals(current, value);
    }

    /** @return the value as the preview shows it */
    private static String shown(Column column, Object value) {
        if (value instanceof EObject object) {
            return Column.display(object);
        }
        if (value instanceof Enumerator e && column.feature() != null) {
            return Column.label((EEnum) column.feature().getEType(), e);
        }
        if (value instanceof List<?> list) {
            List<String> parts = new ArrayList<>();
            for (Object item : list) {
                parts.add(shown(column, item));
            }
            return String.join(Column.SEPARATOR, parts);
        }
        if (column.kind() == Column.Kind.PERCENT && value != null) {
            return value + " %";
        }
        return CellText.format(value);
    }

    /**
     * Reads a cell by its column's definition.
     *
     * @return the value for the field: {@code null} for an empty cell
     * @throws Refused when the text cannot be read; the message says why, in French
     */
    private Object parse(Column column, String cell) throws Refused {
        String text = cell.strip();
        if (column.kind() == Column.Kind.TEXT) {
            return cell.isBlank() ? null : cell.replace("\r\n", "\n");
        }
        if (text.isEmpty()) {
            return column.feature() != null && column.feature().isMany() ? List.of() : null;
        }
        switch (column.kind()) {
            case INTEGER, YEAR, PERCENT: {
                BigDecimal number = CellText.parseDecimal(text);
                if (number == null || number.stripTrailingZeros().scale() > 0) {
                    throw new Refused(Messages.get("refuse.integer", text));
                }
                try {
                    return number.intValueExact();
                } catch (ArithmeticException e) {
                    throw new Refused(Messages.get("refuse.integer", text));
                }
            }
            case EURO: {
                BigDecimal number = CellText.parseDecimal(text);
                if (number == null) {
                    throw new Refused(Messages.get("refuse.amount", text));
                }
                return number;
            }
            case DECIMAL, YEAR_VALUE: {
                BigDecimal number = CellText.parseDecimal(text);
                if (number == null) {
                    throw new Refused(Messages.get("refuse.number", text));
                }
                return number;
            }
            case DATE: {
                LocalDate date = CellText.parseDate(text);
                if (date == null) {
                    throw new Refused(Messages.get("refuse.date", text));
                }
                return date;
            }
            case BOOLEAN: {
                Boolean b = CellText.parseBoolean(text);
                if (b == null) {
                    throw new Refused(Messages.get("refuse.boolean", text));
                }
                return b;
            }
            case ENUM:
                return literal(column, (EEnum) column.feature().getEType(), text);
            case REF:
                return reference(column, text);
            case REFS, LIST: {
                List<Object> values = new ArrayList<>();
                for (String part : text.split(";")) {
                    String item = part.strip();
                    if (item.isEmpty()) {
                        continue;
                    }
                    if (column.kind() == Column.Kind.REFS) {
                        values.add(reference(column, item));
                    } else if (column.feature().getEType() instanceof EEnum eEnum) {
                        values.add(literal(column, eEnum, item));
                    } else if (column.feature().getEType() instanceof EDataType type
                            && type.getInstanceClass() == String.class) {
                        values.add(item);
                    } else {
                        values.add(EcoreUtil.createFromString((EDataType) column.feature().getEType(), item));
                    }
                }
                return values;
            }
            default:
                return text;
        }
    }

    private static Enumerator literal(Column column, EEnum eEnum, String text) throws Refused {
        String wanted = Headers.normalise(text);
        List<String> labels = new ArrayList<>();
        for (EEnumLiteral literal : eEnum.getELiterals()) {
            String label = Labels.literal(literal);
            labels.add(label);
            if (Headers.normalise(label).equals(wanted) || Headers.normalise(literal.getName()).equals(wanted)
                    || Headers.normalise(literal.getLiteral()).equals(wanted)) {
                return literal.getInstance();
            }
        }
        throw new Refused(Messages.get("refuse.enum", text, column.header(), String.join(", ", labels)));
    }

    private EObject reference(Column column, String text) throws Refused {
        EClass type = ((EReference) column.feature()).getEReferenceType();
        Resolver.Result result = resolver.resolve(type, text);
        if (result.element() == null) {
            throw new Refused(Messages.get(result.ambiguous() ? "refuse.ambiguousRef" : "refuse.unknownRef", text,
                    Labels.type(type)));
        }
        return result.element();
    }

    /** @return the file name given to the command's label */
    String source() {
        return source;
    }
}
