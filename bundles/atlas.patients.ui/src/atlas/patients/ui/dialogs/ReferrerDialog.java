package atlas.patients.ui.dialogs;

import java.util.List;

import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import atlas.api.validation.FieldError;
import atlas.core.patient.ContactDetails;
import atlas.core.referrer.Referrer;
import atlas.core.referrer.ReferrerService;
import atlas.patients.ui.Messages;
import atlas.ui.AtlasContext;
import atlas.ui.ValidatedDialog;

/**
 * One referring clinician of the directory, new or edited (issue 18): name, specialty, practice,
 * address, phone and e-mail, checked as typed by the referrer's own rules and saved whole.
 */
public final class ReferrerDialog extends ValidatedDialog {

    private final ReferrerService referrers;
    private final Referrer referrer;
    private Text name;
    private Text specialty;
    private Text practice;
    private Text address;
    private Text phone;
    private Text email;
    private Referrer saved;

    /** {@code referrer} is a copy read for this dialog, or null for a new one. */
    public ReferrerDialog(Shell parent, ReferrerService referrers, Referrer referrer) {
        super(parent, "dialog.referrer", referrer == null ? Messages.referrer_new : referrer.getName(),
                Messages.referrer_description, Messages.referrer_save);
        this.referrers = referrers;
        this.referrer = referrer == null ? new Referrer("", null, null) : referrer;
    }

    @Override
    protected void createFields(Composite grid) {
        name = field(grid, Messages.referrer_name, "referrer.name", referrer.getName());
        specialty = field(grid, Messages.referrer_specialty, "referrer.specialty", referrer.getSpecialty());
        practice = field(grid, Messages.referrer_practice, "referrer.practice", referrer.getPractice());
        address = field(grid, Messages.referrer_address, "referrer.address", referrer.getContact().getAddress());
        phone = field(grid, Messages.referrer_phone, "referrer.phone", referrer.getContact().getPhone());
        email = field(grid, Messages.referrer_email, "referrer.email", referrer.getContact().getEmail());
        decorations.add("name", Messages.referrer_name, name);
        decorations.add("specialty", Messages.referrer_specialty, specialty);
        decorations.add("practice", Messages.referrer_practice, practice);
        decorations.add("address", Messages.referrer_address, address);
        decorations.add("phone", Messages.referrer_phone, phone);
        decorations.add("email", Messages.referrer_email, email);
        for (Text each : List.of(name, specialty, practice, address, phone, email)) {
            watch(each);
        }
    }

    private Text field(Composite grid, String label, String id, String value) {
        Text text = labelled(grid, label, new Text(grid, org.eclipse.swt.SWT.BORDER));
        text.setData(AtlasContext.WIDGET_ID, id);
        text.setText(value == null ? "" : value);
        return text;
    }

    private Referrer typed() {
        referrer.setName(name.getText().strip());
        referrer.setSpecialty(ReferralDialog.blankToNull(specialty.getText()));
        referrer.setPractice(ReferralDialog.blankToNull(practice.getText()));
        referrer.setContact(new ContactDetails(ReferralDialog.blankToNull(phone.getText()),
                ReferralDialog.blankToNull(email.getText()), ReferralDialog.blankToNull(address.getText())));
        return referrer;
    }

    @Override
    protected List<FieldError> check() {
        return typed().validate();
    }

    @Override
    protected Saving save() {
        Referrer toSave = typed();
        return () -> saved = referrers.save(toSave);
    }

    /** The referrer as saved; null when the dialog was cancelled. */
    public Referrer saved() {
        return saved;
    }
}
