package atlas.patients.ui.dialogs;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import atlas.api.validation.FieldError;
import atlas.core.patient.ContactDetails;
import atlas.core.patient.Patient;
import atlas.core.patient.PatientService;
import atlas.core.patient.Sex;
import atlas.patients.ui.Labels;
import atlas.core.referrer.ReferrerService;
import atlas.patients.ui.Messages;
import atlas.ui.AtlasContext;
import atlas.ui.DateInput;
import atlas.ui.ValidatedDialog;

/**
 * Patient > Edit Patient Details (issue 18), for the front desk and the therapist: name, date of
 * birth, sex, address, phone, e-mail, insurance, emergency contact and referrer, checked as at the
 * registration; the patient service saves them whole or not at all and audits old and new values.
 */
public final class EditPatientDialog extends ValidatedDialog {

    private final PatientService patients;
    private final Patient patient;
    private final DateInput dates = DateInput.forPlatform();
    private Text familyName;
    private Text givenName;
    private Text dateOfBirth;
    private Combo sex;
    private Text address;
    private Text phone;
    private Text email;
    private Text insuranceName;
    private Text insuranceNumber;
    private Text emergencyName;
    private Text emergencyPhone;
    private Combo referrer;
    private final ReferrerService referrers;

    /** @param patient the patient as read for this edit (a copy of its own, changed as typed) */
    public EditPatientDialog(Shell parent, PatientService patients, ReferrerService referrers, Patient patient) {
        super(parent, "dialog.editPatient", NLS.bind(Messages.edit_title, patient.displayName(),
                patient.getRecordNumber()), Messages.edit_description, Messages.edit_save);
        this.patients = patients;
        this.referrers = referrers;
        this.patient = patient;
    }

    @Override
    protected void createFields(Composite grid) {
        ContactDetails contact = patient.getContact() == null ? new ContactDetails() : patient.getContact();
        familyName = field(grid, "familyName", Messages.register_familyName, patient.getFamilyName());
        givenName = field(grid, "givenName", Messages.register_givenName, patient.getGivenName());
        dateOfBirth = dates.hint(field(grid, "dateOfBirth", Messages.register_dateOfBirth,
                dates.format(patient.getDateOfBirth())));
        sex = labelled(grid, Messages.register_sex, new Combo(grid, SWT.READ_ONLY));
        sex.setData(AtlasContext.WIDGET_ID, "edit.sex");
        for (Sex each : Sex.values()) {
            sex.add(Labels.sex(each));
        }
        if (patient.getSex() != null) {
            sex.select(patient.getSex().ordinal());
        }
        decorations.add("sex", Messages.register_sex, sex);
        watch(sex);
        address = multiLineField(grid, "address", Messages.edit_address, "edit.address", ContactDetails.ADDRESS_MAX, 44);
        address.setText(orEmpty(contact.getAddress()));
        phone = field(grid, "phone", Messages.register_phone, contact.getPhone());
        email = field(grid, "email", Messages.register_email, contact.getEmail());
        insuranceName = field(grid, "insuranceName", Messages.edit_insuranceName, patient.getInsuranceName());
        insuranceNumber = field(grid, "insuranceNumber", Messages.edit_insuranceNumber, patient.getInsuranceNumber());
        emergencyName = field(grid, "emergencyName", Messages.edit_emergencyName, patient.getEmergencyName());
        emergencyPhone = field(grid, "emergencyPhone", Messages.edit_emergencyPhone, patient.getEmergencyPhone());
        referrer = labelled(grid, Messages.register_referrer, new Combo(grid, SWT.DROP_DOWN));
        referrer.setData(AtlasContext.WIDGET_ID, "edit.referrer");
        ReferrerChoice.offer(referrer, referrers, List.of());
        referrer.setText(orEmpty(patient.getReferrer()));
        decorations.add("referrer", Messages.register_referrer, referrer);
        watch(referrer);
    }

    private Text field(Composite grid, String key, String label, String value) {
        Text text = labelled(grid, label, new Text(grid, SWT.BORDER));
        text.setData(AtlasContext.WIDGET_ID, "edit." + key);
        text.setText(orEmpty(value));
        decorations.add(key, label, text);
        watch(text);
        return text;
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }

    /** The patient as typed: the copy read for this edit, changed field by field. */
    private Patient typed(List<FieldError> errors) {
        LocalDate born = PatientFields.dateOfBirth(dateOfBirth, dates, errors);
        patient.setFamilyName(familyName.getText().strip());
        patient.setGivenName(givenName.getText().strip());
        patient.setDateOfBirth(born);
        patient.setSex(sex.getSelectionIndex() < 0 ? null : Sex.values()[sex.getSelectionIndex()]);
        patient.setContact(new ContactDetails(StartEpisodeDialog.blankToNull(phone.getText()),
                StartEpisodeDialog.blankToNull(email.getText()), StartEpisodeDialog.blankToNull(address.getText())));
        patient.setInsuranceName(StartEpisodeDialog.blankToNull(insuranceName.getText()));
        patient.setInsuranceNumber(StartEpisodeDialog.blankToNull(insuranceNumber.getText()));
        patient.setEmergencyName(StartEpisodeDialog.blankToNull(emergencyName.getText()));
        patient.setEmergencyPhone(StartEpisodeDialog.blankToNull(emergencyPhone.getText()));
        patient.setReferrer(StartEpisodeDialog.blankToNull(referrer.getText()));
        return patient;
    }

    @Override
    protected List<FieldError> check() {
        List<FieldError> typing = new ArrayList<>();
        Patient edited = typed(typing);
        return PatientFields.check(edited, typing);
    }

    @Override
    protected Saving save() {
        Patient edited = typed(new ArrayList<>());
        return () -> patients.update(edited);
    }
}
