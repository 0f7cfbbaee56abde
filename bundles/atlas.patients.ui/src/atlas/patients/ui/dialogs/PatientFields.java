package atlas.patients.ui.dialogs;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.widgets.Text;

import atlas.api.validation.FieldError;
import atlas.core.patient.Patient;
import atlas.patients.ui.Messages;
import atlas.ui.DateInput;

/** What the registration and the edit of a patient's details read and check alike. */
final class PatientFields {

    private PatientFields() {
    }

    /** The date of birth as typed, or null; a date that cannot be read is added to {@code errors}. */
    static LocalDate dateOfBirth(Text field, DateInput dates, List<FieldError> errors) {
        if (field.getText().isBlank()) {
            return null;
        }
        LocalDate born = dates.parse(field.getText()).orElse(null);
        if (born == null) {
            errors.add(new FieldError("dateOfBirth", Messages.register_dateOfBirth, dates.notADate(field.getText())));
        }
        return born;
    }

    /** The typing's errors, then the patient's own; a date that could not be read is named once. */
    static List<FieldError> check(Patient patient, List<FieldError> typing) {
        List<FieldError> errors = new ArrayList<>(typing);
        boolean dateUnreadable = !typing.isEmpty();
        patient.validate(LocalDate.now()).stream()
                .filter(error -> !(dateUnreadable && error.field().equals("dateOfBirth"))).forEach(errors::add);
        return errors;
    }
}
