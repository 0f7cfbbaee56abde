package atlas.admin.ui;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import atlas.core.clinic.ClinicDetails;
import atlas.core.clinic.ClinicService;
import atlas.core.dates.ClinicDates;
import atlas.core.episode.OpeningHours;
import atlas.core.patient.RecordNumberPattern;
import atlas.api.validation.FieldError;
import atlas.ui.ValidatedDialog;

/**
 * Administration > Clinic Details: the clinic's name, address, phone and logo, at the head of every
 * handout, report and letter, the pattern new record numbers follow, and the opening hours the week
 * calendar draws (times typed as everywhere in Atlas, a check box per day).
 */
final class ClinicDetailsDialog extends ValidatedDialog {

    private final ClinicService clinic;
    private final ClinicDetails current;
    private Text name;
    private Text address;
    private Text phone;
    private Text numbering;
    private LogoChooser logo;
    private final ClinicDates clock = ClinicDates.forPlatform();
    private Text opens;
    private Text closes;
    private final List<Button> days = new ArrayList<>();

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
        openingHours(grid, current.hours());
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

    /** "Opening hours: [07:00] to [20:00]" and a check box for each day of the week. */
    private void openingHours(Composite grid, OpeningHours hours) {
        Composite times = labelled(grid, Messages.clinic_hours, new Composite(grid, SWT.NONE));
        GridLayoutFactory.fillDefaults().numColumns(3).spacing(8, 0).applyTo(times);
        opens = timeField(times, OpeningHours.OPENS, Messages.clinic_opens, "clinic.opens", hours.opens());
        new Label(times, SWT.NONE).setText(Messages.clinic_hoursTo);
        closes = timeField(times, OpeningHours.CLOSES, Messages.clinic_closes, "clinic.closes", hours.closes());
        Composite week = labelled(grid, Messages.clinic_days, new Composite(grid, SWT.NONE));
        GridLayoutFactory.fillDefaults().numColumns(DayOfWeek.values().length).spacing(10, 0).applyTo(week);
        for (DayOfWeek day : DayOfWeek.values()) {
            Button open = new Button(week, SWT.CHECK);
            open.setText(day.getDisplayName(TextStyle.SHORT, clock.locale()));
            open.setData(atlas.ui.AtlasContext.WIDGET_ID, "clinic.day." + day.name().toLowerCase(java.util.Locale.ROOT));
            open.setSelection(hours.days().contains(day));
            watch(open);
            days.add(open);
        }
        decorations.add(OpeningHours.DAYS, Messages.clinic_days, days.get(0));
    }

    private Text timeField(Composite row, String field, String label, String id, LocalTime shown) {
        Text text = new Text(row, SWT.BORDER);
        text.setData(atlas.ui.AtlasContext.WIDGET_ID, id);
        text.setTextLimit(12);
        text.setText(clock.time(shown));
        GridDataFactory.swtDefaults().hint(90, SWT.DEFAULT).applyTo(text);
        decorations.add(field, label, text);
        watch(text);
        return text;
    }

    private ClinicDetails typed() {
        Set<DayOfWeek> open = EnumSet.noneOf(DayOfWeek.class);
        for (int i = 0; i < days.size(); i++) {
            if (days.get(i).getSelection()) {
                open.add(DayOfWeek.values()[i]);
            }
        }
        OpeningHours hours = new OpeningHours(clock.parseTime(opens.getText()).orElse(null),
                clock.parseTime(closes.getText()).orElse(null), open);
        return new ClinicDetails(name.getText().strip(), address.getText().strip(), phone.getText().strip(),
                numbering.getText().strip(), logo.chosen(), hours);
    }

    @Override
    protected List<FieldError> check() {
        // a file that cannot be read is named as such, not judged as the empty picture it reads as;
        // a time that cannot be read is named as typed, not as missing
        List<FieldError> problems = new ArrayList<>(logo.problems());
        List<String> named = new ArrayList<>();
        if (!problems.isEmpty()) {
            named.add(atlas.core.clinic.ClinicLogo.FIELD);
        }
        unreadableTime(opens, OpeningHours.OPENS, Messages.clinic_opens, problems, named);
        unreadableTime(closes, OpeningHours.CLOSES, Messages.clinic_closes, problems, named);
        typed().validate().stream().filter(error -> !named.contains(error.field())).forEach(problems::add);
        return problems;
    }

    private void unreadableTime(Text time, String field, String label, List<FieldError> problems, List<String> named) {
        String typed = time.getText().strip();
        if (!typed.isEmpty() && clock.parseTime(typed).isEmpty()) {
            problems.add(new FieldError(field, label.replace("&", ""), NLS.bind(Messages.clinic_timeFormat, typed,
                    clock.time(OpeningHours.USUAL.opens()))));
            named.add(field);
        }
    }

    @Override
    protected Saving save() {
        var details = typed();
        return () -> clinic.save(details);
    }
}
