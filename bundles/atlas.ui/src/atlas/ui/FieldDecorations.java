package atlas.ui;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.eclipse.jface.fieldassist.ControlDecoration;
import org.eclipse.jface.fieldassist.FieldDecorationRegistry;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Control;

import atlas.api.validation.FieldError;

/**
 * The error marks of a form: each field key of the domain's {@link FieldError}s is tied to its
 * widget and its label in the user's language. A field is marked only once the user has touched
 * it, so an empty form does not open covered in red; saving still waits until every field is valid.
 */
public final class FieldDecorations {

    private record Field(String label, Control control, ControlDecoration decoration) {
    }

    private final Map<String, Field> fields = new LinkedHashMap<>();
    private final Set<String> touched = new HashSet<>();

    /** Ties {@code field} (the domain's key, e.g. "dateOfBirth") to its widget. */
    public void add(String field, String label, Control control) {
        ControlDecoration decoration = new ControlDecoration(control, SWT.LEFT | SWT.TOP);
        decoration.setImage(FieldDecorationRegistry.getDefault()
                .getFieldDecoration(FieldDecorationRegistry.DEC_ERROR).getImage());
        decoration.hide();
        fields.put(field, new Field(withoutMnemonic(label), control, decoration));
        control.addListener(SWT.Modify, e -> touched.add(field));
        control.addListener(SWT.Selection, e -> touched.add(field));
        control.addListener(SWT.FocusOut, e -> touched.add(field));
    }

    /** "Date of &birth" or "Clinic &name:" as a message names it: "Date of birth", "Clinic name". */
    static String withoutMnemonic(String label) {
        return label.replaceAll("&(.)", "$1").replaceAll(":\\s*$", "");
    }

    /** Forgets all fields, e.g. before a form is rebuilt for another record type. */
    public void clear() {
        fields.values().forEach(field -> field.decoration().dispose());
        fields.clear();
        touched.clear();
    }

    /** Whether the user has started on any field (typed, chosen or left one). */
    public boolean anyTouched() {
        return !touched.isEmpty();
    }

    /** Marks every field as touched: after a save attempt all errors show. */
    public void touchAll() {
        touched.addAll(fields.keySet());
        touched.add(""); // and errors of the whole record
    }

    /**
     * Shows the errors on the touched fields and hides the marks of fields now valid. Returns the
     * message for the first shown error ("Date of birth: 2031-01-01 is after ..."), if any.
     */
    public Optional<String> show(List<FieldError> errors) {
        Map<String, String> shown = new LinkedHashMap<>();
        for (FieldError error : errors) {
            Field field = fields.get(error.field());
            String label = field == null ? error.label() : field.label();
            // an error of the whole record shows once the user has started on it
            if (field == null ? !touched.isEmpty() : touched.contains(error.field())) {
                shown.putIfAbsent(error.field(), Messages.bind(Messages.field_problem, label, error.message()));
            }
        }
        fields.forEach((key, field) -> {
            String message = shown.get(key);
            if (message == null) {
                field.decoration().hide();
            } else {
                field.decoration().setDescriptionText(message);
                field.decoration().show();
            }
        });
        return shown.values().stream().findFirst();
    }

    /** "Label: message" for {@code error}, with the field's label in the user's language. */
    public String describe(FieldError error) {
        Field field = fields.get(error.field());
        return Messages.bind(Messages.field_problem, field == null ? error.label() : field.label(), error.message());
    }

    /** The widget of {@code field}, for moving the focus to the first error. */
    public Optional<Control> control(String field) {
        return Optional.ofNullable(fields.get(field)).map(Field::control);
    }
}
