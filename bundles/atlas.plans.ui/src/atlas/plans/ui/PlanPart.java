package atlas.plans.ui;

import java.util.List;
import java.util.stream.Collectors;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.Persist;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

import atlas.api.plan.InterventionCatalogue;
import atlas.core.clinic.ClinicService;
import atlas.core.clinician.Clinician;
import atlas.core.dates.ClinicDates;
import atlas.core.document.PatientDocumentService;
import atlas.core.episode.EpisodeOfCare;
import atlas.core.patient.PatientRecord;
import atlas.core.patient.PatientRecordService;
import atlas.core.plan.PlanOfCareService;
import atlas.core.security.UserAccount;
import atlas.core.security.UserService;
import atlas.core.store.StoreException;
import atlas.outcomes.PatientOutcomes;
import atlas.ui.AtlasContext;
import atlas.ui.EditorHost;
import atlas.ui.InBackground;
import atlas.ui.OnceSoon;
import atlas.ui.Parts;
import atlas.ui.Problems;

/**
 * The plan of care of one episode as an editor tab in the main area (issue 17: a document the
 * therapist works on beside the record and the charts, not a modal dialog that hides them): its
 * label names the patient, a star marks frequency and duration typed but not saved, Ctrl+S saves
 * them, and closing the tab with them unsaved asks first. The tab is the patient's and the
 * episode's context, so the record's commands (Fill Form, Diary, Charts) work from it.
 */
public class PlanPart {

    /** The part descriptor in fragment.e4xmi. */
    static final String DESCRIPTOR = "atlas.plans.partdescriptor.plan";
    /** Persisted-state keys: the patient and the episode whose plan the tab shows. */
    static final String PATIENT_ID = "atlas.plans.patientId";
    static final String EPISODE_ID = "atlas.plans.episodeId";

    @Inject
    private MPart part;
    @Inject
    @Service
    private PlanOfCareService plans;
    @Inject
    @Service
    private PatientRecordService records;
    @Inject
    @Service
    private ClinicService clinic;
    @Inject
    @Service
    private PatientDocumentService documents;
    @Inject
    @Service
    private UserService users;
    @Inject
    @Optional
    @Service
    private List<InterventionCatalogue> clinicCatalogues;
    @Inject
    @Optional
    @Named(AtlasContext.CLINICIAN)
    private Clinician clinician;
    @Inject
    @Optional
    @Named(AtlasContext.USER)
    private UserAccount user;
    @Inject
    private IEventBroker events;

    /** After a burst of changes, how long until the record reads the plan again. */
    private static final int TELL_RECORD_AFTER_MS = 800;
    private PlanEditor editor;

    @PostConstruct
    void create(Composite parent) {
        long patientId = Long.parseLong(part.getPersistedState().get(PATIENT_ID));
        long episodeId = Long.parseLong(part.getPersistedState().get(EPISODE_ID));
        part.getContext().set(AtlasContext.PATIENT, patientId);
        part.getContext().set(AtlasContext.EPISODE, episodeId);
        part.getTags().add(Parts.ASK_BEFORE_CLOSING);
        GridLayoutFactory.fillDefaults().applyTo(parent);
        Label reading = new Label(parent, SWT.WRAP);
        reading.setData(AtlasContext.WIDGET_ID, "plan.reading");
        reading.setText(Messages.plan_reading);
        GridDataFactory.fillDefaults().grab(true, false).indent(8, 8).applyTo(reading);
        InBackground.run(parent, Messages.plan_title, () -> Opening.read(patientId, episodeId, records, clinic),
                opening -> {
                    reading.dispose();
                    show(parent, opening, patientId, episodeId);
                }, e -> reading.setText(Problems.of(e)));
    }

    private void show(Composite parent, Opening opening, long patientId, long episodeId) {
        // the record's banner (goals, plan status) and charts read the plan again after changes
        OnceSoon tellRecord = new OnceSoon(parent.getDisplay(), TELL_RECORD_AFTER_MS,
                () -> events.post(AtlasContext.TOPIC_RECORD_CHANGED, patientId));
        String patientName = opening.record().patient().displayName();
        part.getContext().set(AtlasContext.PATIENT_NAME, patientName);
        part.setLabel(NLS.bind(Messages.plan_tab, patientName));
        part.setTooltip(NLS.bind(Messages.plan_tabTooltip, patientName));
        editor = new PlanEditor(plans, PatientOutcomes.of(opening.record()), patientId, episodeId,
                clinician == null ? 0 : clinician.getId(), clinicCatalogues == null ? List.of() : clinicCatalogues,
                EditorHost.of(part, tellRecord::ask));
        editor.signedBy(users, user);
        editor.forHandout(patientName, clinician == null ? "" : clinician.getDisplayName(), documents,
                opening.clinic());
        opening.record().episodes().stream().filter(episode -> episode.getId() == episodeId).findFirst()
                .ifPresent(episode -> editor.describeEpisode(describe(episode)));
        GridDataFactory.fillDefaults().grab(true, true).applyTo(editor.create(parent));
        parent.layout(true, true);
        editor.focus();
    }

    private static String describe(EpisodeOfCare episode) {
        return NLS.bind(Messages.plan_episode, ClinicDates.forPlatform().date(episode.getStartDate()),
                episode.getDiagnoses().stream().map(Object::toString).map(String::strip)
                        .collect(Collectors.joining(", ")));
    }

    /** Ctrl+S, File > Save, closing the tab or quitting: the frequency and duration typed are saved. */
    @Persist
    void save() {
        if (editor != null) {
            editor.saveNow();
        }
    }

    @Focus
    void focus() {
        if (editor != null) {
            editor.focus();
        }
    }

    /**
     * What the tab opens with, read in the background: the patient's record (the results the goals
     * are judged on; reading it is audited) and the clinic's details and logo for the handout.
     */
    private record Opening(PatientRecord record, atlas.core.clinic.ClinicDetails clinic) {

        static Opening read(long patientId, long episodeId, PatientRecordService records, ClinicService clinic)
                throws StoreException {
            PatientRecord record = records.open(patientId).orElseThrow(() -> new IllegalStateException(
                    NLS.bind(Messages.plan_noRecord, patientId)));
            return new Opening(record, clinic.details());
        }
    }
}
