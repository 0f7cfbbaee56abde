package atlas.app.patients;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.function.Function;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import atlas.app.AtlasContext;
import atlas.app.StartupClock;
import atlas.core.patient.Patient;
import atlas.core.patient.PatientService;
import atlas.core.store.StoreException;

/**
 * The clinic's patients, in list order. Loading runs in a background job so the window never
 * freezes; the list fills when the clinical database is open and again on refresh (F5).
 */
public class PatientListPart {

    private static final Logger LOG = LoggerFactory.getLogger(PatientListPart.class);
    /** Rows shown at once; finding a patient among more is the search's job. */
    static final int PAGE_SIZE = 1000;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM);

    @Inject
    @Service
    private PatientService patients;

    @Inject
    private UISynchronize ui;

    private Label summary;
    private TableViewer viewer;
    private boolean databaseReady;

    @PostConstruct
    void create(Composite parent) {
        GridLayoutFactory.fillDefaults().margins(8, 8).spacing(0, 6).applyTo(parent);
        summary = new Label(parent, SWT.NONE);
        summary.setData(AtlasContext.WIDGET_ID, "patients.summary");
        summary.setText("Opening the clinical database\u2026");
        GridDataFactory.fillDefaults().grab(true, false).applyTo(summary);

        viewer = new TableViewer(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE | SWT.V_SCROLL);
        viewer.getTable().setData(AtlasContext.WIDGET_ID, "patients.table");
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        LocalDate today = LocalDate.now();
        column("Record no.", 120, Patient::getRecordNumber);
        column("Name", 240, Patient::displayName);
        column("Date of birth", 130, p -> DATE.format(p.getDateOfBirth()));
        column("Age", 60, p -> Integer.toString(p.ageOn(today)));
        column("Sex", 90, p -> p.getSex().name().charAt(0) + p.getSex().name().substring(1).toLowerCase());
        column("Referred by", 260, p -> p.getReferrer() == null ? "" : p.getReferrer());
        GridDataFactory.fillDefaults().grab(true, true).applyTo(viewer.getControl());
        if (databaseReady) {
            reload();
        }
    }

    private void column(String title, int width, Function<Patient, String> text) {
        TableViewerColumn column = new TableViewerColumn(viewer, SWT.LEFT);
        column.getColumn().setText(title);
        column.getColumn().setWidth(width);
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply((Patient) element);
            }
        });
    }

    @Inject
    @Optional
    void databaseReady(@Named(AtlasContext.DATABASE_READY) Boolean ready) {
        databaseReady = Boolean.TRUE.equals(ready);
        if (databaseReady && viewer != null) {
            reload();
        }
    }

    @Inject
    @Optional
    void patientsChanged(@UIEventTopic(AtlasContext.TOPIC_PATIENTS_CHANGED) Object change) {
        if (databaseReady && viewer != null) {
            reload();
        }
    }

    private void reload() {
        summary.setText("Loading patients\u2026");
        Job.create("Loading the patient list", monitor -> {
            try {
                List<Patient> page = patients.list(0, PAGE_SIZE);
                long total = patients.count();
                ui.asyncExec(() -> show(page, total));
            } catch (StoreException e) {
                LOG.error("Patient list could not be loaded: {}", e.getMessage(), e);
                ui.asyncExec(() -> summary.setText(e.describe()));
            }
            return Status.OK_STATUS;
        }).schedule();
    }

    private void show(List<Patient> page, long total) {
        if (viewer.getControl().isDisposed()) {
            return;
        }
        viewer.setInput(page);
        summary.setText(total == 0 ? "No patients registered yet."
                : page.size() < total ? String.format("Showing the first %,d of %,d patients.", page.size(), total)
                        : String.format("%,d patients.", total));
        StartupClock.patientListShown();
    }

    @Focus
    void focus() {
        viewer.getControl().setFocus();
    }
}
