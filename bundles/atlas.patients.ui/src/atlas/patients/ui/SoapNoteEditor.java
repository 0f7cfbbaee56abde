package atlas.patients.ui;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import atlas.core.dates.ClinicDates;
import atlas.core.episode.Visit;
import atlas.core.note.ClinicalNote;
import atlas.core.note.ClinicalNoteService;
import atlas.core.note.NoteAddendum;
import atlas.core.store.RecordConflictException;
import atlas.core.store.SignedRecordException;
import atlas.core.store.StoreException;
import atlas.patients.ui.dialogs.NoteConflictDialog;
import atlas.ui.AtlasContext;
import atlas.ui.TextHistory;
import atlas.ui.TextKeys;

/**
 * The SOAP note of the selected visit. Drafts save themselves shortly after typing stops, when
 * another visit is chosen and when the part closes, so nothing typed is lost even if the window is
 * closed or Atlas is killed; a signed note is read-only and shows who signed it and when, with its
 * addenda below (clinical reference, "Documentation lifecycle").
 */
final class SoapNoteEditor implements NoteConflictDialog.Editor {

    private static final Logger LOG = LoggerFactory.getLogger(SoapNoteEditor.class);
    /** Pause in typing after which the draft is written: short enough that a crash loses little. */
    static final long AUTOSAVE_DELAY_MS = 600;
    /**
     * Typing that goes on without such a pause is still written this long after its first unsaved
     * keystroke at the latest, so a crash never loses more than this much typing (README, "What is
     * guaranteed on a crash").
     */
    static final long AUTOSAVE_LATEST_MS = 1_500;
    private final ClinicDates when = ClinicDates.forPlatform();

    /** What the editor needs from the part around it. */
    interface Host {
        long clinicianId();

        String clinicianName(Long id);

        void dirtyChanged(boolean dirty);

        /** A save met a newer version from another workstation; the host asks the user what to do. */
        void conflict(ClinicalNote mine);

        /** A save failed for another reason; {@code message} says why and what to do. */
        void failed(String message);

        /** A draft was written; the timeline shows the visit's note as a draft. */
        void saved(ClinicalNote note);
    }

    private final ClinicalNoteService notes;
    private final Host host;
    private final Composite root;
    private final Label heading;
    private final Label state;
    private final Text[] sections = new Text[4];
    private final Text addendaText;
    private final Button signButton;
    private final Button addendumButton;

    private Visit visit;
    /** The last saved copy, null until the first save; touched only while holding {@code this}. */
    private ClinicalNote saved;
    private volatile boolean dirty;
    private boolean loading;
    private volatile boolean conflicted;
    private volatile long editCount;
    /** When the first keystroke not yet taken by a save was typed (nanoTime), 0 if none; UI thread. */
    private long firstUnsavedAt;
    /** The edit count of the last save; typing up to it is in the store. Guarded by {@code this}. */
    private long savedEditCount;

    private final Job autosave;

    SoapNoteEditor(Composite parent, ClinicalNoteService notes, Host host, Runnable sign, Runnable addAddendum) {
        this.notes = notes;
        this.host = host;
        root = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(2).margins(8, 4).spacing(8, 4).applyTo(root);
        heading = new Label(root, SWT.NONE);
        heading.setFont(JFaceResources.getBannerFont());
        heading.setData(AtlasContext.WIDGET_ID, "note.heading");
        GridDataFactory.fillDefaults().span(2, 1).grab(true, false).applyTo(heading);
        state = new Label(root, SWT.NONE);
        state.setData(AtlasContext.WIDGET_ID, "note.state");
        GridDataFactory.fillDefaults().span(2, 1).grab(true, false).applyTo(state);

        String[] labels = { Messages.note_subjective, Messages.note_objective, Messages.note_assessment,
                Messages.note_plan };
        String[] ids = { "note.subjective", "note.objective", "note.assessment", "note.plan" };
        for (int i = 0; i < sections.length; i++) {
            Label label = new Label(root, SWT.NONE);
            label.setText(labels[i]);
            GridDataFactory.fillDefaults().span(2, 1).indent(0, i == 0 ? 4 : 2).applyTo(label);
            Text text = new Text(root, SWT.MULTI | SWT.WRAP | SWT.V_SCROLL | SWT.BORDER);
            text.setData(AtlasContext.WIDGET_ID, ids[i]);
            text.setTextLimit(ClinicalNote.SECTION_MAX);
            TextHistory.attach(text);
            TextKeys.tabMovesFocus(text);
            text.addModifyListener(e -> edited());
            GridDataFactory.fillDefaults().span(2, 1).grab(true, true).hint(200, 60).applyTo(text);
            sections[i] = text;
        }

        Composite buttons = new Composite(root, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(2).applyTo(buttons);
        GridDataFactory.fillDefaults().span(2, 1).align(SWT.END, SWT.CENTER).applyTo(buttons);
        addendumButton = button(buttons, Messages.note_addAddendum, "note.addAddendum", addAddendum);
        signButton = button(buttons, Messages.note_sign, "note.sign", sign);

        Label addendaLabel = new Label(root, SWT.NONE);
        addendaLabel.setText(Messages.note_addenda);
        GridDataFactory.fillDefaults().span(2, 1).applyTo(addendaLabel);
        addendaText = new Text(root, SWT.MULTI | SWT.WRAP | SWT.V_SCROLL | SWT.BORDER | SWT.READ_ONLY);
        addendaText.setData(AtlasContext.WIDGET_ID, "note.addenda");
        GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(200, 70).applyTo(addendaText);

        autosave = Job.create(Messages.note_autosaveJob, monitor -> {
            saveNow();
            return Status.OK_STATUS;
        });
        autosave.setSystem(true);
        show(null, null, List.of());
    }

    private static Button button(Composite parent, String label, String id, Runnable action) {
        Button button = new Button(parent, SWT.PUSH);
        button.setText(label);
        button.setData(AtlasContext.WIDGET_ID, id);
        button.addListener(SWT.Selection, e -> action.run());
        return button;
    }

    Composite control() {
        return root;
    }

    Visit visit() {
        return visit;
    }

    /** The last saved note of the shown visit, or null. */
    synchronized ClinicalNote note() {
        return saved;
    }

    boolean isDirty() {
        return dirty;
    }

    /** Shows the note of {@code shownVisit}; call {@link #saveNow()} first if the old one is dirty. */
    void show(Visit shownVisit, ClinicalNote note, List<NoteAddendum> addenda) {
        visit = shownVisit;
        synchronized (this) {
            saved = note;
            savedEditCount = editCount;
        }
        conflicted = false;
        loading = true;
        try {
            String[] texts = note == null ? new String[4]
                    : new String[] { note.getSubjective(), note.getObjective(), note.getAssessment(), note.getPlan() };
            boolean editable = shownVisit != null && (note == null || !note.isSigned());
            for (int i = 0; i < sections.length; i++) {
                sections[i].setText(texts[i] == null ? "" : texts[i]);
                sections[i].setEditable(editable);
                // a signed note looks as read-only as it is
                sections[i].setBackground(editable ? null
                        : root.getDisplay().getSystemColor(SWT.COLOR_WIDGET_BACKGROUND));
                sections[i].setEnabled(shownVisit != null);
                ((TextHistory) sections[i].getData(TextHistory.class.getName())).reset();
            }
        } finally {
            loading = false;
        }
        setDirty(false);
        heading.setText(shownVisit == null ? Messages.note_chooseVisit
                : NLS.bind(Messages.note_heading, Labels.visitType(shownVisit.getType()),
                        Labels.dateTime(shownVisit.getStartsAt())));
        boolean signed = note != null && note.isSigned();
        state.setText(shownVisit == null ? "" : signed ? NLS.bind(Messages.note_signedBy,
                host.clinicianName(note.getSignedBy()), when.dateTime(note.signedAt()))
                : note == null ? Messages.note_notStarted : Messages.note_draft);
        signButton.setEnabled(shownVisit != null && !signed);
        addendumButton.setEnabled(signed);
        List<String> lines = new ArrayList<>();
        for (NoteAddendum addendum : addenda) {
            lines.add(NLS.bind(Messages.note_addendumLine, new Object[] { when.dateTime(addendum.writtenAt()),
                    host.clinicianName(addendum.getAuthorId()), addendum.getText() }));
        }
        addendaText.setText(String.join("\n\n", lines));
        root.layout(true, true);
    }

    private void edited() {
        if (loading || visit == null) {
            return;
        }
        editCount++;
        setDirty(true);
        if (!conflicted) {
            long now = System.nanoTime();
            if (firstUnsavedAt == 0) {
                firstUnsavedAt = now;
            }
            long waited = (now - firstUnsavedAt) / 1_000_000;
            // a new keystroke moves the save back, but never past the latest moment
            autosave.schedule(Math.max(0, Math.min(AUTOSAVE_DELAY_MS, AUTOSAVE_LATEST_MS - waited)));
        }
    }

    private void setDirty(boolean now) {
        if (dirty != now) {
            dirty = now;
            host.dirtyChanged(now);
        }
    }

    /** The texts as typed, read on the UI thread. */
    private record Typed(Visit visit, long editCount, String[] texts) {
    }

    private Typed typed() {
        String[] texts = new String[sections.length];
        for (int i = 0; i < texts.length; i++) {
            texts[i] = sections[i].getText();
        }
        return new Typed(visit, editCount, texts);
    }

    /**
     * Writes the draft if it has unsaved typing. Runs on any thread (the autosave job, the record
     * part's background work before another visit is shown or the note is signed, or the UI thread
     * on @Persist); saves are serialised. Returns true when what was typed up to the call is in the
     * store (false after a conflict or a failure, which the host was told of).
     */
    boolean saveNow() {
        if (root.isDisposed()) {
            return !dirty; // the part is gone (its window closed); what was typed was saved with it or is lost
        }
        Display display = root.getDisplay();
        Typed[] holder = new Typed[1];
        if (display.isDisposed()) {
            return false;
        }
        display.syncExec(() -> {
            holder[0] = !root.isDisposed() && dirty && !conflicted ? typed() : null;
            if (holder[0] != null) {
                firstUnsavedAt = 0; // what is typed from now on waits for the next save
            }
        });
        Typed typed = holder[0];
        if (typed == null) {
            return !dirty && !conflicted;
        }
        Runnable outcome;
        boolean written = false;
        synchronized (this) {
            if (typed.editCount() <= savedEditCount) {
                return true; // saved meanwhile by the other thread, or another visit is shown now
            }
            ClinicalNote draft = saved != null ? saved
                    : new ClinicalNote(typed.visit().getPatientId(), typed.visit().getId(), host.clinicianId());
            apply(draft, typed.texts());
            try {
                saved = notes.saveDraft(draft);
                savedEditCount = typed.editCount();
                written = true;
                // the acknowledgement the product-level crash test holds the store to
                LOG.debug("Draft note {} of visit {} saved as version {}", saved.getId(), typed.visit().getId(),
                        saved.getVersion());
                outcome = () -> saved(typed);
            } catch (RecordConflictException e) {
                LOG.warn("Draft note of visit {} was changed at another workstation", typed.visit().getId());
                conflicted = true;
                display.asyncExec(() -> host.conflict(draft));
                return false;
            } catch (SignedRecordException e) {
                conflicted = true;
                outcome = () -> host.failed(Messages.note_signedElsewhere);
            } catch (StoreException e) {
                LOG.error("Draft note could not be saved: {}", e.getMessage(), e);
                outcome = () -> host.failed(e.getMessage());
            }
        }
        if (Display.getCurrent() == display) {
            outcome.run();
        } else {
            display.asyncExec(outcome);
        }
        return written;
    }

    /**
     * Stops typing while the record part saves and reads in the background (choosing another visit,
     * signing): what is typed then could belong to neither note. {@link #show} or {@link #release}
     * ends it.
     */
    void hold() {
        for (Text section : sections) {
            section.setEditable(false);
        }
        signButton.setEnabled(false);
    }

    /** Ends {@link #hold()} without showing another note: the shown one stays as it was. */
    void release() {
        boolean signed = note() != null && note().isSigned();
        for (Text section : sections) {
            section.setEditable(visit != null && !signed);
        }
        signButton.setEnabled(visit != null && !signed);
    }

    private void saved(Typed typed) {
        if (root.isDisposed() || visit == null || visit.getId() != typed.visit().getId()) {
            return;
        }
        if (editCount == typed.editCount()) {
            setDirty(false);
        }
        host.saved(note());
        state.setText(NLS.bind(Messages.note_draftSaved, LocalTime.now().withNano(0)));
        state.requestLayout();
    }

    static void apply(ClinicalNote note, String[] texts) {
        note.setSubjective(texts[0]);
        note.setObjective(texts[1]);
        note.setAssessment(texts[2]);
        note.setPlan(texts[3]);
    }

    /** After a conflict was settled: {@code stored} is now the base, typing saves again. */
    @Override
    public void resolved(ClinicalNote stored, boolean keepTyping) {
        if (keepTyping) {
            synchronized (this) {
                saved = stored;
            }
            conflicted = false;
            editCount++;
            setDirty(true);
            autosave.schedule(0);
        } else {
            show(visit, stored, List.of());
        }
    }

    /** The texts now in the editor, for the conflict comparison. */
    @Override
    public String[] typedTexts() {
        return typed().texts();
    }

    void dispose() {
        autosave.cancel();
    }

    void focus() {
        for (Text section : sections) {
            if (section.getEditable()) {
                section.setFocus();
                return;
            }
        }
        root.setFocus();
    }

    /** Saved but not signed: what the user may sign. */
    boolean canSign() {
        return visit != null && !(note() != null && note().isSigned());
    }

    boolean hasText() {
        for (String text : typed().texts()) {
            if (!text.isBlank()) {
                return true;
            }
        }
        return false;
    }
}
