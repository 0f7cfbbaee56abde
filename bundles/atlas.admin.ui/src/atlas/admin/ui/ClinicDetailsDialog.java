package atlas.admin.ui;

import java.util.List;

import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import atlas.core.clinic.ClinicDetails;
import atlas.core.clinic.ClinicService;
import atlas.core.patient.RecordNumberPattern;
import atlas.api.validation.FieldError;
import atlas.ui.ValidatedDialog;

/**
 * Administration > Clinic Details: the clinic's name, address, phone and logo, at the head of every
 * handout, report and letter, and the pattern new record numbers follow.
 */
final class ClinicDetailsDialog extends ValidatedDialog {

    private final ClinicService clinic;
    private final ClinicDetails current;
    private Text name;
    private Text address;
    private Text phone;
    private Text numbering;
    private LogoChooser logo;

    ClinicDetailsDialog(Shell parent, ClinicService clinic, ClinicDetails current) {
        super(parent, "dialog.clinicDetails", Messages.clinic_title, Messages.clinic_description, Messages.clinic_save);
        this.clinic = clinic;
        this.current = current;
    }

    @Override
    protected void createFields(Composite grid) {
        name = textField(grid, "name", Messages.clinic_name, "clinic.name", ClinicDetails.NAME_MAX);
        name.setText(current.name());
        address = multiLineField(grid, "address", Messages.clinic_address, "clinic.address", ClinicDetails.ADDRESS_MAX, 50);
        address.setText(current.address());
        phone = textField(grid, "phone", Messages.clinic_phone, "clinic.phone", ClinicDetails.PHONE_MAX);
        phone.setText(current.phone());
        numbering = textField(grid, RecordNumberPattern.FIELD, Messages.clinic_numbering, "clinic.numbering", 40);
        numbering.setMessage(Messages.clinic_numberingHint);
        numbering.addVerifyListener(e -> e.text = e.text.toUpperCase(java.util.Locale.ROOT));
        numbering.setText(current.recordNumberPattern() == null ? "" : current.recordNumberPattern());
        logo = new LogoChooser(current.logo());
        Text logoFile = logo.create(grid, this::revalidate);
        decorations.add(atlas.core.clinic.ClinicLogo.FIELD, Messages.clinic_logo, logoFile);
    }

    private Text textField(Composite grid, String field, String label, String id, int maxLength) {
        Text text = labelled(grid, label, new Text(grid, org.eclipse.swt.SWT.BORDER));
        text.setData(atlas.ui.AtlasContext.WIDGET_ID, id);
        text.setTextLimit(maxLength);
        decorations.add(field, label, text);
        watch(text);
        return text;
    }

    private ClinicDetails typed() {
        return new ClinicDetails(name.getText().strip(), address.getText().strip(), phone.getText().strip(),
                numbering.getText().strip(), logo.chosen());
    }

    @Override
    protected List<FieldError> check() {
        // a file that cannot be read is named as such, not judged as the empty picture it reads as
        List<FieldError> problems = new java.util.ArrayList<>(logo.problems());
        typed().validate().stream().filter(error -> problems.isEmpty()
                || !error.field().equals(atlas.core.clinic.ClinicLogo.FIELD)).forEach(problems::add);
        return problems;
    }

    @Override
    protected Saving save() {
        var details = typed();
        return () -> clinic.save(details);
    }
}
