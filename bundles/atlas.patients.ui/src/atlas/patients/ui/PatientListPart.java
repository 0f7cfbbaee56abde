package atlas.patients.ui;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.core.runtime.Status;
import org.eclipse.e4.core.commands.ECommandService;
import org.eclipse.e4.core.commands.EHandlerService;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ILazyContentProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import atlas.core.dates.ClinicDates;
import atlas.ui.Counted;
import atlas.ui.InBackground;
import atlas.core.patient.PatientQuery;
import atlas.core.patient.PatientService;
import atlas.core.patient.PatientSummary;
import atlas.core.store.StoreException;
import atlas.ui.AtlasContext;
import atlas.ui.StartupClock;
import atlas.patients.ui.handlers.OpenPatientRecord;

/**
 * Find a patient: a search field that filters as the therapist types (name "family, given",
 * record number or date of birth) over a virtual table that reads only the pages it shows, so a
 * register of 100,000 patients never freezes the window. Every query runs in a background job;
 * a result that arrives after a newer keystroke is dropped. Arrow down moves from the field into
 * the list, Enter there opens the patient's record.
 */
public class PatientListPart {

    private static final Logger LOG = LoggerFactory.getLogger(PatientListPart.class);
    /** Rows read at once when the table scrolls to them. */
    static final int PAGE_SIZE = 200;
    /**
     * Rows the list holds at most. GTK needs seconds to shrink a table from 100,000 rows (measured:
     * 4-8 s for the keystroke after an empty search), and nobody scrolls through a whole register:
     * typing a few letters narrows it.
     */
    static final int MAX_ROWS = 1000;

    @Inject
    @Service
    private PatientService patients;

    @Inject
    private UISynchronize ui;
    @Inject
    private ECommandService commands;
    @Inject
    private EHandlerService handlers;
    @Inject
    private org.eclipse.e4.ui.model.application.ui.basic.MPart part;

    private Text search;
    private Label summary;
    private TableViewer viewer;
    private boolean databaseReady;

    /** Each search gets a number; pages of an older search are thrown away. */
    private final AtomicLong generation = new AtomicLong();
    private volatile PatientQuery query = PatientQuery.all();
    private final Map<Integer, List<PatientSummary>> pages = new ConcurrentHashMap<>();
    private final Set<Integer> loading = ConcurrentHashMap.newKeySet();

    @PostConstruct
    void create(Composite parent) {
        GridLayoutFactory.fillDefaults().margins(8, 8).spacing(0, 6).applyTo(parent);
        search = new Text(parent, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
        search.setMessage(Messages.list_searchHint);
        search.setData(AtlasContext.WIDGET_ID, "patients.search");
        search.addModifyListener(e -> startSearch(search.getText()));
        search.addListener(SWT.KeyDown, e -> {
            if ((e.keyCode == SWT.CR || e.keyCode == SWT.KEYPAD_CR) && viewer.getTable().getItemCount() == 1) {
                viewer.getTable().setSelection(0);
                openSelected(); // one match: Enter in the search field opens it
            } else if (e.keyCode == SWT.ARROW_DOWN && viewer.getTable().getItemCount() > 0) {
                viewer.getTable().setSelection(0);
                viewer.getTable().setFocus();
                e.doit = false;
            }
        });
        GridDataFactory.fillDefaults().grab(true, false).applyTo(search);

        summary = new Label(parent, SWT.NONE);
        summary.setData(AtlasContext.WIDGET_ID, "patients.summary");
        summary.setText(Messages.list_opening);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(summary);

        viewer = new TableViewer(parent, SWT.VIRTUAL | SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE | SWT.V_SCROLL);
        viewer.getTable().setData(AtlasContext.WIDGET_ID, "patients.table");
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        viewer.setUseHashlookup(true);
        viewer.setContentProvider(new Rows());
        LocalDate today = LocalDate.now();
        column(Messages.list_recordNumber, 120, PatientSummary::recordNumber);
        column(Messages.list_name, 240, PatientSummary::displayName);
        column(Messages.list_dateOfBirth, 130, p -> ClinicDates.forPlatform().date(p.dateOfBirth()));
        column(Messages.list_age, 60, p -> Integer.toString(p.ageOn(today)));
        column(Messages.list_sex, 90, p -> Labels.sex(p.sex()));
        column(Messages.list_referrer, 260, p -> p.referrer() == null ? "" : p.referrer());
        viewer.setInput(this);
        viewer.getTable().addListener(SWT.DefaultSelection, e -> openSelected());
        viewer.getTable().addListener(SWT.Selection, e -> chosen());
        GridDataFactory.fillDefaults().grab(true, true).applyTo(viewer.getControl());
        if (databaseReady) {
            startSearch(search.getText());
        }
    }

    private void column(String title, int width, Function<PatientSummary, String> text) {
        TableViewerColumn column = new TableViewerColumn(viewer, SWT.LEFT);
        column.getColumn().setText(title);
        column.getColumn().setWidth(width);
        column.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return element instanceof PatientSummary patient ? text.apply(patient) : "";
            }
        });
    }

    @Inject
    @Optional
    void databaseReady(@Named(AtlasContext.DATABASE_READY) Boolean ready) {
        databaseReady = Boolean.TRUE.equals(ready);
        if (databaseReady && viewer != null) {
            startSearch(search.getText());
        }
    }

    @Inject
    @Optional
    void patientsChanged(@UIEventTopic(AtlasContext.TOPIC_PATIENTS_CHANGED) Object change) {
        if (databaseReady && viewer != null) {
            startSearch(search.getText());
        }
    }

    /** What was typed last and when; the search job always works on the newest. */
    private volatile String typedText = "";
    private volatile long typedAt;

    /**
     * One search job for the part: typing while it runs only marks it to run once more with the
     * newest text, so fast typing never queues a search per keystroke.
     */
    private final Job searchJob = Job.create(Messages.list_searchJob, monitor -> {
        long mine = generation.incrementAndGet();
        long started = typedAt;
        PatientQuery parsed = PatientQuery.parse(typedText);
        try {
            long queryStart = System.nanoTime();
            long total = patients.count(parsed);
            List<PatientSummary> first = patients.searchSummaries(parsed, 0, PAGE_SIZE);
            long queryNanos = System.nanoTime() - queryStart;
            ui.asyncExec(() -> show(mine, parsed, total, first, started, queryNanos));
        } catch (StoreException e) {
            LOG.error("Patient search failed: {}", e.getMessage(), e);
            ui.asyncExec(() -> summary.setText(e.describe()));
        }
        return Status.OK_STATUS;
    });

    /** Counts the matches and reads the first page in the background; the newest search wins. */
    private void startSearch(String typed) {
        if (!databaseReady) {
            return;
        }
        typedText = typed;
        typedAt = System.nanoTime();
        generation.incrementAndGet(); // results of earlier text are now stale
        searchJob.schedule();
    }

    private void show(long searchNumber, PatientQuery parsed, long total, List<PatientSummary> first, long started,
            long queryNanos) {
        if (searchNumber != generation.get() || viewer.getControl().isDisposed()) {
            return; // a newer keystroke is already on its way
        }
        query = parsed;
        pages.clear();
        loading.clear();
        pages.put(0, first);
        viewer.getTable().clearAll();
        viewer.setItemCount((int) Math.min(total, MAX_ROWS));
        summary.setText(total == 0 ? (parsed.kind() == PatientQuery.Kind.ALL ? Messages.list_noneRegistered
                : Messages.list_noMatch)
                : total > MAX_ROWS ? Counted.of(Messages.list_manyMatches, total, MAX_ROWS)
                        : Counted.of(Messages.list_matches, total));
        LOG.debug("Search '{}' showed {} of {} patients {} ms after the keystroke (query {} ms)", search.getText(),
                first.size(), total, (System.nanoTime() - started) / 1_000_000, queryNanos / 1_000_000);
        StartupClock.patientListShown();
    }

    /** Rows for the virtual table: from a loaded page, or requested in the background. */
    private final class Rows implements ILazyContentProvider {

        @Override
        public void updateElement(int index) {
            int page = index / PAGE_SIZE;
            List<PatientSummary> rows = pages.get(page);
            if (rows != null && index % PAGE_SIZE < rows.size()) {
                viewer.replace(rows.get(index % PAGE_SIZE), index);
            } else if (loading.add(page)) {
                loadPage(page, generation.get());
            }
        }

        @Override
        public void inputChanged(Viewer changed, Object oldInput, Object newInput) {
            // rows come from the search, not from the input
        }
    }

    private void loadPage(int page, long searchNumber) {
        PatientQuery current = query;
        InBackground.run(viewer.getControl(), Messages.list_readJob,
                () -> patients.searchSummaries(current, page * PAGE_SIZE, PAGE_SIZE), rows -> {
                    if (searchNumber != generation.get()) {
                        return;
                    }
                    pages.put(page, rows);
                    for (int i = 0; i < rows.size(); i++) {
                        viewer.replace(rows.get(i), page * PAGE_SIZE + i);
                    }
                }, e -> LOG.error("Patients could not be read: {}", e.getMessage(), e));
    }

    /**
     * The patient chosen in the list is the one the patient commands act on from here (charts,
     * reports; for the administrator, who opens no record, the data export and pseudonymisation).
     */
    private void chosen() {
        int row = viewer.getTable().getSelectionIndex();
        if (row >= 0 && viewer.getElementAt(row) instanceof PatientSummary patient) {
            part.getContext().set(AtlasContext.PATIENT, patient.id());
            part.getContext().set(AtlasContext.PATIENT_NAME, patient.displayName());
        } else {
            part.getContext().remove(AtlasContext.PATIENT);
            part.getContext().remove(AtlasContext.PATIENT_NAME);
        }
    }

    /** Opens the selected patient's record through the e4 command, as the menu would. */
    private void openSelected() {
        int row = viewer.getTable().getSelectionIndex();
        if (row < 0 || !(viewer.getElementAt(row) instanceof PatientSummary patient)) {
            return;
        }
        ParameterizedCommand open = commands.createCommand(OpenPatientRecord.COMMAND,
                Map.of(OpenPatientRecord.PATIENT_PARAMETER, Long.toString(patient.id())));
        if (!handlers.canExecute(open)) {
            summary.setText(Messages.list_recordNotForRole); // the role's table says no: no empty tab
            return;
        }
        handlers.executeHandler(open);
    }

    @Focus
    void focus() {
        search.setFocus();
    }
}
