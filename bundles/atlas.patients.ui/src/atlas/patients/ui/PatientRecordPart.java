package atlas.patients.ui;

import java.time.LocalDate;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.Persist;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Shell;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import atlas.ui.Problems;
import atlas.core.clinician.Clinician;
import atlas.core.clinician.ClinicianService;
import atlas.core.episode.EpisodeOfCare;
import atlas.core.episode.EpisodeService;
import atlas.core.episode.Visit;
import atlas.core.note.ClinicalNote;
import atlas.core.note.ClinicalNoteService;
import atlas.core.note.NoteAddendum;
import atlas.core.patient.PatientRecordService;
import atlas.core.plan.PlanOfCareService;
import atlas.core.redflag.RedFlagService;
import atlas.core.security.UserAccount;
import atlas.core.security.UserService;
import atlas.core.store.StoreException;
import atlas.patients.ui.dialogs.AddVisitDialog;
import atlas.patients.ui.dialogs.AddendumDialog;
import atlas.patients.ui.dialogs.NoteConflictDialog;
import atlas.patients.ui.dialogs.StartEpisodeDialog;
import atlas.ui.AtlasContext;
import atlas.ui.InBackground;
import atlas.ui.SignatureDialog;
import atlas.ui.PatientBanner;

/**
 * One patient's record: the banner, the episodes and visits, and the SOAP note of the chosen
 * visit. The part's commands (start an episode, add a visit, screen red flags, sign, addendum) are
 * public methods so that the e4 handlers and the buttons do the same thing.
 */
public class PatientRecordPart {

    /** Persisted-state key of the part: the id of the patient it shows. */
    public static final String PATIENT_ID = "atlas.patientId";
    private static final Logger LOG = LoggerFactory.getLogger(PatientRecordPart.class);

    @Inject
    private MPart part;
    @Inject
    private IEventBroker events;
    @Inject
    @Service
    private PatientRecordService records;
    @Inject
    @Service
    private EpisodeService episodes;
    @Inject
    @Service
    private ClinicalNoteService notes;
    @Inject
    @Service
    private atlas.core.referrer.ReferrerService referrers;
    @Inject
    @Service
    private ClinicianService clinicians;
    @Inject
    @Service
    private RedFlagService redFlags;
    @Inject
    @Service
    private PlanOfCareService plans;
    @Inject
    @Optional
    @Named(AtlasContext.CLINICIAN)
    private Clinician clinician;
    @Inject
    @Optional
    @Named(AtlasContext.USER)
    private UserAccount user;
    @Inject
    @Service
    private UserService users;

    private long patientId;
    private Shell shell;
    private PatientBanner banner;
    private VisitTimeline timeline;
    private SoapNoteEditor note;
    private RecordSnapshot snapshot;
    private RecordScreening screening;
    private RecordDischarge discharge;
    /** The visit chosen last, whose note is shown or being read; display thread only. */
    private Visit chosen;
    /** Whether the note of the visit being chosen takes the focus when shown (a new visit's). */
    private boolean focusWhenShown;

    @PostConstruct
    void create(Composite parent) {
        patientId = Long.parseLong(part.getPersistedState().get(PATIENT_ID));
        part.getContext().set(AtlasContext.PATIENT, patientId); // for the commands of other areas
        shell = parent.getShell();
        GridLayoutFactory.fillDefaults().spacing(0, 4).applyTo(parent);
        screening = new RecordScreening(shell, redFlags, patientId, this::clinicianId, () -> snapshot,
                () -> changed(null));
        discharge = new RecordDischarge(shell, episodes, () -> snapshot, () -> changed(null), part.getContext());
        banner = new PatientBanner(parent, screening::acknowledge, screening::showHistory);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(banner.control());

        Composite actions = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(4).margins(8, 2).applyTo(actions);
        action(actions, Messages.record_startEpisode, "record.startEpisode", this::startEpisode);
        action(actions, Messages.record_addVisit, "record.addVisit", this::addVisit);
        action(actions, Messages.record_screenRedFlags, "record.screenRedFlags", this::screenRedFlags);
        action(actions, Messages.record_benefit, "record.benefit", screening::showBenefitSummary);

        SashForm sash = new SashForm(parent, SWT.HORIZONTAL);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(sash);
        timeline = new VisitTimeline(sash, this::visitChosen, () -> note.focus());
        note = new SoapNoteEditor(sash, notes, new NoteHost(), this::signNote, this::addAddendum);
        sash.setWeights(57, 43); // the timeline holds five columns; the note wraps
        reload(null);
    }

    private static void action(Composite parent, String label, String id, Runnable run) {
        Button button = new Button(parent, SWT.PUSH);
        button.setText(label);
        button.setData(AtlasContext.WIDGET_ID, id);
        button.addListener(SWT.Selection, e -> run.run());
    }

    /** Reads the record in the background; then shows it, choosing {@code visitId} if given. */
    private void reload(Long visitId) {
        boolean startWriting = visitId != null;
        // the visit to keep chosen is the one chosen when the record is shown again, not when the
        // reading began: a visit clicked meanwhile (a plan tab saved beside it) stays chosen
        InBackground.run(banner.control(), Messages.record_loadJob,
                () -> new RecordSnapshot.Sources(records, episodes, notes, clinicians, plans).read(patientId),
                read -> read.ifPresent(loaded -> show(loaded, visitId != null ? visitId
                        : chosen != null ? chosen.getId() : note.visit() == null ? null : note.visit().getId(),
                        startWriting)), this::notRead);
    }

    /** A refusal closes the part (nothing of the record is shown); a store failure says what to do. */
    private void notRead(Exception e) {
        if (e instanceof atlas.core.security.AccessDeniedException) {
            LOG.info("Record of patient {} not shown: {}", patientId, e.getMessage());
            MessageDialog.openInformation(shell, Messages.record_loadFailed, e.getMessage());
            part.getContext().get(org.eclipse.e4.ui.workbench.modeling.EPartService.class).hidePart(part, true);
        } else {
            LOG.error("Record of patient {} could not be read: {}", patientId, e.getMessage(), e);
            MessageDialog.openError(shell, Messages.record_loadFailed, Problems.of(e));
        }
    }

    private void show(RecordSnapshot loaded, Long visitId, boolean startWriting) {
        if (banner.control().isDisposed()) {
            return;
        }
        snapshot = loaded;
        part.setLabel(loaded.patient().displayName());
        part.getContext().set(AtlasContext.PATIENT_NAME, loaded.patient().displayName());
        part.setTooltip(NLS.bind(Messages.record_tooltip, loaded.patient().getRecordNumber()));
        banner.show(loaded.patient(), LocalDate.now(), loaded.activeEpisode(), loaded.screenings(),
                PlanNotices.of(loaded, LocalDate.now()), loaded::clinicianName);
        EpisodeOfCare active = loaded.activeEpisode();
        if (active == null) {
            part.getContext().remove(AtlasContext.EPISODE);
        } else {
            part.getContext().set(AtlasContext.EPISODE, active.getId()); // the plan of care's episode
        }
        focusWhenShown = startWriting;
        timeline.show(loaded, visitId);
        LOG.debug("Record of patient {} shown", patientId);
        if (note.visit() != null && visitId != null && note.visit().getId() == visitId) {
            noteShown(); // the visit's note was shown already
        }
    }

    /** The chosen visit's note is in the editor: the new visit's note takes typing at once. */
    private void noteShown() {
        if (focusWhenShown) {
            focusWhenShown = false;
            note.focus();
            LOG.debug("Record of patient {}: the new visit's note ready for typing", patientId);
        }
    }

    /** A visit's note as read from the store, with its addenda. */
    private record NoteOfVisit(Visit visit, ClinicalNote note, List<NoteAddendum> addenda) {
    }

    /**
     * Shows the chosen visit's note: the shown one's typing is written first and the chosen one
     * read, both off the display thread; the editor holds still meanwhile. If the write meets a
     * conflict or fails, the shown note stays (the user was told) and so does its visit.
     */
    private void visitChosen(Visit visit) {
        chosen = visit;
        part.getContext().set(AtlasContext.VISIT, visit); // for the commands of other areas, at once
        if (note.visit() != null && note.visit().getId() == visit.getId()) {
            note.release(); // chosen again while another was being read: it stays
            return;
        }
        ClinicalNote fromSnapshot = snapshot.noteByVisit().get(visit.getId());
        note.hold();
        InBackground.run(note.control(), Messages.record_loadJob, () -> {
            if (!note.saveNow()) {
                return null;
            }
            ClinicalNote stored = fromSnapshot == null ? null
                    : notes.noteOfVisit(visit.getId()).orElse(fromSnapshot); // the newest, not the snapshot's
            return new NoteOfVisit(visit, stored, stored != null && stored.isSigned() ? notes.addendaOf(stored.getId())
                    : List.of());
        }, read -> {
            if (chosen != visit) {
                return; // another visit was chosen meanwhile; its own read shows it
            }
            if (read == null) {
                note.release();
                timeline.select(note.visit()); // and with it the context's visit
                return;
            }
            note.show(visit, read.note(), read.addenda());
            noteShown();
        }, this::failedInBackground);
    }

    /** Called when something in this patient's record changed, here or through another part. */
    @Inject
    @Optional
    void recordChanged(@UIEventTopic(AtlasContext.TOPIC_RECORD_CHANGED) Long changedPatient) {
        if (note != null && changedPatient != null && changedPatient == patientId) {
            reload(null);
        }
    }

    private void changed(Long visitToShow) {
        events.post(AtlasContext.TOPIC_PATIENTS_CHANGED, patientId);
        reload(visitToShow);
    }

    public void startEpisode() {
        StartEpisodeDialog dialog = new StartEpisodeDialog(shell, episodes, referrers, patientId);
        if (dialog.open() == StartEpisodeDialog.OK) {
            changed(null);
        }
    }

    public void addVisit() {
        EpisodeOfCare episode = snapshot == null ? null : snapshot.activeEpisode();
        if (episode == null) {
            MessageDialog.openInformation(shell, Messages.record_addVisit_title, Messages.record_addVisit_noEpisode);
            return;
        }
        AddVisitDialog.openAtNextFree(shell, banner.control(), episodes, episode, snapshot.visitsOf(episode).size(),
                clinicianId(), snapshot.referralOf(episode), added -> {
                    changed(added.getId()); // choosing it writes the shown note first, in the background
                    screening.propose(episode, added);
                });
    }

    /** Patient > Discharge Episode, then its discharge summary. */
    public void dischargeEpisode() {
        discharge.discharge();
    }

    public void reopenEpisode() {
        discharge.reopen();
    }

    public void screenRedFlags() {
        screening.screen();
    }

    /** Signs the shown note after saving it; afterwards it is read-only. */
    public void signNote() {
        if (!note.canSign()) {
            return;
        }
        if (!note.hasText()) {
            MessageDialog.openInformation(shell, Messages.sign_title, Messages.sign_empty);
            return;
        }
        if (!SignatureDialog.confirm(shell, Messages.sign_title, NLS.bind(Messages.sign_question,
                clinician == null ? "" : clinician.getDisplayName()), Messages.sign_yes, users, user)) {
            return; // not signed: the draft stays a draft
        }
        Visit visit = note.visit();
        note.hold();
        InBackground.run(note.control(), Messages.sign_title, () -> {
            ClinicalNote draft = note.saveNow() ? note.note() : null;
            if (draft == null) {
                return null; // the save failed or met a conflict; the user was told
            }
            notes.sign(draft.getId(), clinicianId());
            return notes.noteOfVisit(visit.getId()).orElseThrow();
        }, signed -> {
            if (signed == null) {
                note.release();
                return;
            }
            note.show(visit, signed, List.of());
            changed(visit.getId());
        }, this::failedInBackground);
    }

    public void addAddendum() {
        ClinicalNote signed = note.note();
        if (signed == null || !signed.isSigned()) {
            return;
        }
        if (new AddendumDialog(shell, notes, signed.getId(), clinicianId()).open() == AddendumDialog.OK) {
            Visit visit = note.visit();
            InBackground.run(note.control(), Messages.record_loadJob, () -> notes.addendaOf(signed.getId()),
                    addenda -> {
                        if (note.visit() == visit) {
                            note.show(visit, signed, addenda);
                        }
                    }, this::failedInBackground);
        }
    }

    private long clinicianId() {
        return clinician == null ? 0 : clinician.getId();
    }

    private void failed(StoreException e) {
        MessageDialog.openError(shell, Messages.record_saveFailed, Problems.of(e));
    }

    /** What background work threw, said on the display thread; the editor takes typing again. */
    private void failedInBackground(Exception e) {
        note.release();
        if (e instanceof StoreException store) {
            failed(store);
        } else {
            LOG.error("Note work failed", e);
            MessageDialog.openError(shell, Messages.record_saveFailed, e.getMessage());
        }
    }

    @Persist
    void save() {
        note.saveNow();
    }

    @Focus
    void focus() {
        timeline.focus();
    }

    @PreDestroy
    void close() {
        note.saveNow();
        note.dispose();
    }

    /** How the note editor reaches the part. */
    private final class NoteHost implements SoapNoteEditor.Host {
        @Override
        public long clinicianId() {
            return PatientRecordPart.this.clinicianId();
        }

        @Override
        public String clinicianName(Long id) {
            return snapshot == null ? "" : snapshot.clinicianName(id);
        }

        @Override
        public void dirtyChanged(boolean dirty) {
            part.setDirty(dirty);
        }

        @Override
        public void conflict(ClinicalNote mine) {
            NoteConflictDialog.settle(shell, notes, note, mine);
        }

        @Override
        public void failed(String message) {
            MessageDialog.openError(shell, Messages.record_saveFailed, message);
        }

        @Override
        public void saved(ClinicalNote saved) {
            if (snapshot != null && saved != null
                    && snapshot.noteByVisit().put(saved.getVisitId(), saved) == null) {
                timeline.show(snapshot, saved.getVisitId()); // the visit's note is a draft now
            }
        }
    }
}
