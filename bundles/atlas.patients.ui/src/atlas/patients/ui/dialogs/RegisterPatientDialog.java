package atlas.patients.ui.dialogs;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import atlas.core.patient.ContactDetails;
import atlas.core.patient.Patient;
import atlas.core.patient.PatientService;
import atlas.core.patient.Sex;
import atlas.core.store.StoreException;
import atlas.api.validation.FieldError;
import atlas.patients.ui.Labels;
import atlas.core.referrer.ReferrerService;
import atlas.patients.ui.Messages;
import atlas.ui.AtlasContext;
import atlas.ui.DateInput;
import atlas.ui.InBackground;
import atlas.ui.ValidatedDialog;

/**
 * Registers a patient. Every field is checked as it is typed with the domain's own rules
 * ({@link Patient#validate}); the record number is also looked up in the register in the
 * background, so a number already in use is named before saving, and again by the store on saving
 * (another workstation may have taken it meanwhile). Where the clinic numbers its patients by a
 * pattern, the number may be left empty and the store gives the next one.
 */
public final class RegisterPatientDialog extends ValidatedDialog {

    private final PatientService patients;
    private final DateInput dates = DateInput.forPlatform();
    private Text recordNumber;
    private Text familyName;
    private Text givenName;
    private Text dateOfBirth;
    private Combo sex;
    private Text phone;
    private Text email;
    private Combo referrer;
    private final ReferrerService referrers;
    private Patient registered;
    private final Job duplicateCheck;
    private volatile String numberToCheck = "";
    /** The next number of the clinic's pattern, when it numbers patients: the field may then stay empty. */
    private String nextNumber;

    public RegisterPatientDialog(Shell parent, PatientService patients, ReferrerService referrers) {
        super(parent, "dialog.registerPatient", Messages.register_title, Messages.register_description,
                Messages.register_save);
        this.patients = patients;
        this.referrers = referrers;
        duplicateCheck = Job.create(Messages.register_checkingNumber, monitor -> {
            String number = numberToCheck;
            try {
                boolean taken = !number.isEmpty() && patients.findByRecordNumber(number).isPresent();
                Shell shell = getShell();
                if (shell != null && !shell.isDisposed()) {
                    shell.getDisplay().asyncExec(() -> {
                        if (number.equals(recordNumber.isDisposed() ? null : recordNumber.getText().strip())) {
                            setErrorsFoundElsewhere("recordNumber.unique", taken ? List.of(new FieldError(
                                    "recordNumber", Messages.register_recordNumber,
                                    NLS.bind(Messages.register_numberTaken, number))) : List.of());
                        }
                    });
                }
            } catch (StoreException e) {
                // the store checks again on saving
            }
            return Status.OK_STATUS;
        });
        duplicateCheck.setSystem(true);
    }

    @Override
    protected void createFields(Composite grid) {
        recordNumber = field(grid, "recordNumber", Messages.register_recordNumber);
        recordNumber.setTextLimit(Patient.RECORD_NUMBER_MAX);
        // record numbers are upper case (Patient.RECORD_NUMBER_FORMAT); typing them so saves a correction
        recordNumber.addVerifyListener(e -> e.text = e.text.toUpperCase(java.util.Locale.ROOT));
        familyName = field(grid, "familyName", Messages.register_familyName);
        givenName = field(grid, "givenName", Messages.register_givenName);
        dateOfBirth = field(grid, "dateOfBirth", Messages.register_dateOfBirth);
        dates.hint(dateOfBirth);
        sex = labelled(grid, Messages.register_sex, new Combo(grid, SWT.READ_ONLY));
        sex.setData(AtlasContext.WIDGET_ID, "register.sex");
        for (Sex each : Sex.values()) {
            sex.add(Labels.sex(each));
        }
        decorations.add("sex", Messages.register_sex, sex);
        watch(sex);
        phone = field(grid, "phone", Messages.register_phone);
        email = field(grid, "email", Messages.register_email);
        referrer = labelled(grid, Messages.register_referrer, new Combo(grid, SWT.DROP_DOWN));
        referrer.setData(AtlasContext.WIDGET_ID, "register.referrer");
        ReferrerChoice.offer(referrer, referrers, java.util.List.of());
        decorations.add("referrer", Messages.register_referrer, referrer);
        forgetErrorsOnChange("referrer", referrer);
        watch(referrer);
        recordNumber.addListener(SWT.Modify, e -> {
            numberToCheck = recordNumber.getText().strip();
            duplicateCheck.schedule(150);
        });
        // whether the clinic numbers patients (Administration > Clinic Details), asked in the background
        InBackground.run(recordNumber, Messages.register_checkingNumber, patients::nextRecordNumber, next -> {
            if (next.isPresent() && !recordNumber.isDisposed()) {
                nextNumber = next.get();
                recordNumber.setMessage(NLS.bind(Messages.register_nextNumber, nextNumber));
                recordNumber.setToolTipText(NLS.bind(Messages.register_nextNumber, nextNumber));
                revalidate();
            }
        }, e -> {
            // without the proposal the number is typed, as in a clinic without a pattern
        });
    }

    /** Left empty in a clinic that numbers its patients: the store gives the next number on saving. */
    private boolean numberedByTheClinic() {
        return nextNumber != null && recordNumber.getText().isBlank();
    }

    private Text field(Composite grid, String key, String label) {
        Text text = labelled(grid, label, new Text(grid, SWT.BORDER));
        text.setData(AtlasContext.WIDGET_ID, "register." + key);
        decorations.add(key, label, text);
        forgetErrorsOnChange(key, text);
        watch(text);
        return text;
    }

    private Patient typed(List<FieldError> errors) {
        LocalDate born = PatientFields.dateOfBirth(dateOfBirth, dates, errors);
        Sex chosen = sex.getSelectionIndex() < 0 ? null : Sex.values()[sex.getSelectionIndex()];
        Patient patient = new Patient(recordNumber.getText().strip(), familyName.getText().strip(),
                givenName.getText().strip(), born, chosen);
        patient.setReferrer(StartEpisodeDialog.blankToNull(referrer.getText()));
        String phoneTyped = StartEpisodeDialog.blankToNull(phone.getText());
        String emailTyped = StartEpisodeDialog.blankToNull(email.getText());
        if (phoneTyped != null || emailTyped != null) {
            patient.setContact(new ContactDetails(phoneTyped, emailTyped, null));
        }
        return patient;
    }

    @Override
    protected List<FieldError> check() {
        List<FieldError> typing = new ArrayList<>();
        Patient patient = typed(typing);
        return PatientFields.check(patient, typing).stream()
                .filter(error -> !(numberedByTheClinic() && error.field().equals("recordNumber"))).toList();
    }

    @Override
    protected Saving save() {
        var patient = typed(new ArrayList<>());
        if (numberedByTheClinic()) {
            return () -> registered = patients.registerNumbered(patient);
        }
        return () -> registered = patients.register(patient);
    }

    /** The stored patient after a successful save. */
    public Patient registered() {
        return registered;
    }

    @Override
    public boolean close() {
        duplicateCheck.cancel();
        return super.close();
    }
}
