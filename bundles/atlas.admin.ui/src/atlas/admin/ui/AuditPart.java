package atlas.admin.ui;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;

import atlas.core.dates.ClinicDates;
import atlas.ui.Counted;
import atlas.ui.InBackground;
import atlas.core.audit.AuditAction;
import atlas.core.audit.AuditCsv;
import atlas.core.audit.AuditEvent;
import atlas.core.audit.AuditQuery;
import atlas.core.audit.AuditTrail;
import atlas.core.patient.Patient;
import atlas.core.patient.PatientService;
import atlas.ui.AtlasContext;
import atlas.ui.DataFolder;
import atlas.ui.DateInput;
import atlas.ui.Widgets;

/**
 * The audit trail for the administrator and an auditor: entries filtered by patient (record
 * number), user, action and date, newest first; the hash chain verified, naming the first entry
 * that does not fit; the entries shown exported as CSV with their hashes.
 */
public class AuditPart {

    /** Entries shown at most; narrow the filter for older ones. */
    static final int SHOWN = 2000;
    private final ClinicDates when = ClinicDates.forPlatform();

    @Inject
    @Service
    private AuditTrail trail;
    @Inject
    @Service
    private PatientService patients;

    private final DateInput dates = DateInput.forPlatform();
    private Text recordNumber;
    private Text user;
    private Combo action;
    private Text from;
    private Text to;
    private Label message;
    private Table table;
    private List<AuditEvent> shown = List.of();
    private long searches;

    @PostConstruct
    void create(Composite parent) {
        GridLayoutFactory.fillDefaults().margins(8, 6).applyTo(parent);
        Composite filters = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(13).applyTo(filters);
        recordNumber = Widgets.labelledText(filters, Messages.audit_recordNumber, "audit.recordNumber", 100);
        user = Widgets.labelledText(filters, Messages.audit_user, "audit.user", 90);
        List<String> actions = new ArrayList<>(List.of(Messages.audit_anyAction));
        for (AuditAction each : AuditAction.values()) {
            actions.add(each.name());
        }
        action = Widgets.labelledCombo(filters, Messages.audit_action, "audit.action", actions.toArray(String[]::new));
        from = dates.hint(Widgets.labelledText(filters, Messages.audit_from, "audit.from", 90));
        to = dates.hint(Widgets.labelledText(filters, Messages.audit_to, "audit.to", 90));
        Widgets.button(filters, Messages.audit_search, "audit.search", this::search);
        Widgets.button(filters, Messages.audit_verify, "audit.verify", this::verify);
        Widgets.button(filters, Messages.audit_export, "audit.export", this::export);
        for (Text field : new Text[] { recordNumber, user, from, to }) {
            field.addListener(SWT.DefaultSelection, e -> search());
        }
        message = new Label(parent, SWT.WRAP);
        message.setData(AtlasContext.WIDGET_ID, "audit.message");
        GridDataFactory.fillDefaults().grab(true, false).applyTo(message);
        table = Widgets.table(parent, "audit.entries", Messages.audit_columns.split("\\|"));
        GridDataFactory.fillDefaults().grab(true, true).applyTo(table);
        search();
    }

    private void search() {
        Optional<LocalDate> start = dates.parse(from.getText());
        Optional<LocalDate> end = dates.parse(to.getText());
        if ((!from.getText().isBlank() && start.isEmpty()) || (!to.getText().isBlank() && end.isEmpty())) {
            message.setText(NLS.bind(Messages.audit_badDate, dates.allowed()));
            return;
        }
        String number = recordNumber.getText().strip().toUpperCase();
        String actor = user.getText().strip();
        AuditAction chosen = action.getSelectionIndex() <= 0 ? null : AuditAction.values()[action.getSelectionIndex() - 1];
        message.setText(Messages.audit_searching);
        long thisSearch = ++searches; // a slower, older search must not overwrite a newer one
        InBackground.run(table, Messages.audit_searchJob, () -> {
            Long patientId = null;
            if (!number.isEmpty()) {
                Optional<Patient> patient = patients.findByRecordNumber(number);
                if (patient.isEmpty()) {
                    return Optional.<List<AuditEvent>>empty(); // no such record number: said below
                }
                patientId = patient.get().getId();
            }
            return Optional.of(trail.search(new AuditQuery(patientId, actor.isEmpty() ? null : actor, chosen,
                    start.orElse(null), end.orElse(null)), SHOWN));
        }, found -> {
            if (found.isEmpty()) {
                message.setText(NLS.bind(Messages.audit_noPatient, number));
            } else if (thisSearch == searches) {
                show(found.get());
            }
        }, e -> message.setText(e.getMessage()));
    }

    private void show(List<AuditEvent> found) {
        if (table.isDisposed()) {
            return;
        }
        shown = found;
        table.removeAll();
        for (AuditEvent event : found) {
            new TableItem(table, SWT.NONE).setText(new String[] { Long.toString(event.getSequence()),
                    when.dateTime(event.getOccurredAt()), event.getActor(),
                    event.getAction().name(), event.getRecordType() + " " + text(event.getRecordId()),
                    text(event.getPatientId()), event.getDetail() == null ? "" : event.getDetail() });
        }
        Widgets.packColumns(table);
        message.setText(found.size() >= SHOWN ? Counted.of(Messages.audit_more, SHOWN)
                : Counted.of(Messages.audit_found, found.size()));
    }

    private static String text(Long value) {
        return value == null ? "" : value.toString();
    }

    private void verify() {
        message.setText(Messages.audit_verifying);
        InBackground.run(table, Messages.audit_verifyJob, trail::verify, result -> {
            message.setText(result.intact() ? Counted.of(Messages.audit_intact, result.checked())
                    : NLS.bind(Messages.audit_broken, result.brokenAt(), result.problem()));
            for (int row = 0; !result.intact() && row < shown.size(); row++) {
                if (shown.get(row).getSequence() == result.brokenAt()) {
                    table.setSelection(row); // the first entry that does not fit
                    table.showSelection();
                }
            }
        }, e -> message.setText(e.getMessage()));
    }

    /** Writes the entries shown as CSV into {@code <data>/exports/} and says where. */
    private void export() {
        try {
            Path file = DataFolder.sub("exports").resolve("audit-"
                    + DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").format(LocalDateTime.now()) + ".csv");
            try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                AuditCsv.write(shown, out);
            }
            message.setText(Counted.of(Messages.audit_exported, shown.size(), file.toString()));
        } catch (IOException e) {
            message.setText(NLS.bind(Messages.audit_exportFailed, e.getMessage()));
        }
    }
}
