package atlas.outcomes.ui;

import java.time.LocalDate;
import java.util.Optional;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import atlas.core.dates.ClinicDates;
import atlas.ui.InBackground;
import atlas.core.clinician.Clinician;
import atlas.core.patient.PatientRecordService;
import atlas.core.plan.PlanOfCareService;
import atlas.core.store.StoreException;
import atlas.reports.ProgressReports;
import atlas.ui.AtlasContext;
import atlas.ui.Widgets;

/**
 * A patient's outcome charts (one tab per patient, beside the record): each measure over time
 * on its severity bands with the baseline, the important change, goals and visits; the headache
 * diary by month; neck and jaw left and right. Read and laid out in the background, redrawn when a
 * result of the patient is saved; the progress report and discharge summary are printed from here.
 */
public class OutcomesPart {

    /** Persisted-state key of the part: the id of the patient it shows. */
    public static final String PATIENT_ID = "atlas.outcomes.patientId";
    private static final Logger LOG = LoggerFactory.getLogger(OutcomesPart.class);
    private static final int CHART_HEIGHT = 300;
    private static final int COLUMN_SPACING = 8;

    @Inject
    private MPart part;
    @Inject
    @Service
    private PatientRecordService records;
    @Inject
    @Service
    private PlanOfCareService plans;

    @Inject
    @Service
    private atlas.core.document.PatientDocumentService documents;
    @Inject
    @Service
    private atlas.core.note.ClinicalNoteService notes;
    @Inject
    @Service
    private atlas.core.clinic.ClinicService clinic;
    @Inject
    @Service
    private atlas.core.referrer.ReferrerService referrers;
    @Inject
    @org.eclipse.e4.core.di.annotations.Optional
    @Named(AtlasContext.CLINICIAN)
    private Clinician clinician;

    private long patientId;
    private Label heading;
    private Button wholeHistory;
    private Label message;
    private ScrolledComposite scroll;
    private Composite charts;
    private long loads;

    @PostConstruct
    void create(Composite parent) {
        patientId = Long.parseLong(part.getPersistedState().get(PATIENT_ID));
        part.getContext().set(AtlasContext.PATIENT, patientId);
        GridLayoutFactory.fillDefaults().margins(8, 6).applyTo(parent);
        Composite top = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(4).applyTo(top);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(top);
        heading = new Label(top, SWT.NONE);
        heading.setData(AtlasContext.WIDGET_ID, "outcomes.heading");
        heading.setText(Messages.outcomes_loading);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(heading);
        wholeHistory = new Button(top, SWT.CHECK); // the current episode first; the history when asked
        wholeHistory.setText(Messages.outcomes_wholeHistory);
        wholeHistory.setData(AtlasContext.WIDGET_ID, "outcomes.wholeHistory");
        wholeHistory.addListener(SWT.Selection, e -> load());
        Widgets.button(top, Messages.outcomes_progressReport, "outcomes.progressReport",
                () -> print(ProgressReports.Kind.PROGRESS_REPORT));
        Widgets.button(top, Messages.outcomes_dischargeSummary, "outcomes.dischargeSummary",
                () -> print(ProgressReports.Kind.DISCHARGE_SUMMARY));
        message = new Label(parent, SWT.WRAP);
        message.setData(AtlasContext.WIDGET_ID, "outcomes.message");
        GridDataFactory.fillDefaults().grab(true, false).exclude(true).applyTo(message);
        message.setVisible(false); // takes room only once there is something to say
        scroll = new ScrolledComposite(parent, SWT.V_SCROLL);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(scroll);
        scroll.setExpandHorizontal(true);
        scroll.setExpandVertical(true);
        scroll.setAlwaysShowScrollBars(true); // a steady width, so charts drawn ahead fit
        charts = new Composite(scroll, SWT.NONE);
        charts.setData(AtlasContext.WIDGET_ID, "outcomes.charts");
        GridLayoutFactory.fillDefaults().numColumns(2).equalWidth(true).spacing(COLUMN_SPACING, 8).applyTo(charts);
        scroll.setContent(charts);
        scroll.addListener(SWT.Resize, e -> {
            fit();
            if (loads == 0 && scroll.getClientArea().width > 0) {
                load(); // once the part has its size, so the charts are drawn ahead at it
            }
        });
    }

    /** Reads and lays out the charts in the background; only the newest load is shown. */
    private void load() {
        long thisLoad = ++loads;
        // the size a chart takes in the two columns, so the job can draw it ahead (0 before the first layout)
        int width = Math.max(0, (scroll.getClientArea().width - COLUMN_SPACING) / 2);
        long[] backgroundMillis = new long[1]; // handed to the display thread with the result
        boolean whole = wholeHistory.getSelection();
        InBackground.run(charts, Messages.outcomes_loadJob, () -> {
            long started = System.nanoTime();
            Optional<PatientCharts> read = PatientCharts.read(records, plans, patientId, LocalDate.now(), whole,
                    width, CHART_HEIGHT);
            backgroundMillis[0] = (System.nanoTime() - started) / 1_000_000;
            return read;
        }, read -> {
            if (thisLoad == loads) {
                read.ifPresent(loaded -> show(loaded, backgroundMillis[0]));
            }
        }, e -> {
            if (!(e instanceof atlas.core.security.AccessDeniedException)) {
                LOG.error("Charts of patient {} could not be read: {}", patientId, e.getMessage(), e);
            }
            say(e.getMessage());
        });
    }

    private void show(PatientCharts loaded, long backgroundMillis) {
        long started = System.nanoTime();
        part.setLabel(NLS.bind(Messages.outcomes_label, loaded.patientName()));
        part.getContext().set(AtlasContext.PATIENT_NAME, loaded.patientName());
        heading.setText(loaded.episode() == null ? NLS.bind(Messages.outcomes_headingNoEpisode, loaded.patientName())
                : NLS.bind(Messages.outcomes_heading, loaded.patientName(),
                        ClinicDates.forPlatform().date(loaded.episode().getStartDate())));
        heading.requestLayout();
        for (Control old : charts.getChildren()) {
            old.dispose();
        }
        if (loaded.charts().isEmpty()) {
            Label none = new Label(charts, SWT.WRAP);
            none.setText(Messages.outcomes_none);
            GridDataFactory.fillDefaults().span(2, 1).applyTo(none);
        }
        for (PatientCharts.Named chart : loaded.charts()) {
            ChartCanvas canvas = new ChartCanvas(charts, chart.chart(), chart.name(), chart.drawn());
            GridDataFactory.fillDefaults().grab(true, false).hint(SWT.DEFAULT, CHART_HEIGHT).applyTo(canvas.control());
        }
        fit();
        // each chart is then drawn when it is first painted (ChartCanvas logs that time)
        LOG.debug("Charts of patient {}: {} charts read and built in {} ms in the background, laid out in {} ms"
                + " on the display thread", patientId, loaded.charts().size(), backgroundMillis,
                (System.nanoTime() - started) / 1_000_000);
    }

    /** Charts take the part's width in two columns and scroll down. */
    private void fit() {
        int width = scroll.getClientArea().width;
        scroll.setMinSize(charts.computeSize(width, SWT.DEFAULT));
        charts.layout(true, true);
    }

    @Inject
    @org.eclipse.e4.core.di.annotations.Optional
    void recordChanged(@UIEventTopic(AtlasContext.TOPIC_RECORD_CHANGED) Long changedPatient) {
        if (charts != null && changedPatient != null && changedPatient == patientId) {
            load();
        }
    }

    private void say(String text) {
        if (!message.isDisposed()) {
            message.setText(text);
            ((org.eclipse.swt.layout.GridData) message.getLayoutData()).exclude = false;
            message.setVisible(true);
            message.requestLayout();
        }
    }

    private void print(ProgressReports.Kind kind) {
        say(Messages.outcomes_printing);
        String signer = clinician == null ? "" : clinician.getDisplayName();
        // HandOut opens the written file in the desktop's PDF viewer; the part says where it is
        new ReportPrinter(records, plans, documents, notes, clinic, referrers).printAsked(charts, kind, patientId, null, signer,
                file -> say(NLS.bind(Messages.report_saved, file)), e -> {
                    if (e instanceof StoreException) {
                        say(e.getMessage());
                    } else {
                        LOG.warn("Report of patient {} not written: {}", patientId, e.getMessage(), e);
                        say(NLS.bind(Messages.report_failed, e.getMessage()));
                    }
                }, () -> say(""));
    }
}
