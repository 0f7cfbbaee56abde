package atlas.assessments.ui;

import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.Persist;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.widgets.Composite;

import atlas.api.form.FormDefinition;
import atlas.api.form.FormWording;
import atlas.core.episode.EpisodeService;
import atlas.core.form.BaselineForms;
import atlas.core.form.FormResponseService;
import atlas.core.form.FormWordingService;
import atlas.ui.AtlasContext;
import atlas.ui.EditorHost;
import atlas.ui.InBackground;
import atlas.ui.Parts;
import atlas.ui.Problems;

/**
 * The forms of one visit as an editor tab in the main area, beside the record and the charts
 * (issue 17): a star marks answers not stored yet, Ctrl+S stores them, and closing the tab with
 * them asks first. The forms offered are the {@link FormDefinition} services registered when the
 * tab opens, followed as e4 injects them again when a clinic's form bundle comes or goes.
 */
public class FormPart {

    /** The part descriptor in fragment.e4xmi. */
    static final String DESCRIPTOR = "atlas.assessments.partdescriptor.form";
    /** Persisted-state keys: the visit the forms are filled for, and its patient. */
    static final String VISIT_ID = "atlas.assessments.form.visitId";
    static final String PATIENT_ID = "atlas.assessments.form.patientId";

    @Inject
    private MPart part;
    @Inject
    @Service
    private FormResponseService responses;
    @Inject
    @Service
    private FormWordingService imported;
    @Inject
    @Service
    private EpisodeService episodes;
    @Inject
    private IEventBroker events;

    private FormEditor editor;
    private List<FormDefinition> forms = List.of();
    private List<String> faulty = List.of();
    private long visitId;
    private long patientId;
    private List<FormWording> contributed = List.of();

    @PostConstruct
    void create(Composite parent) {
        visitId = Long.parseLong(part.getPersistedState().get(VISIT_ID));
        patientId = Long.parseLong(part.getPersistedState().get(PATIENT_ID));
        part.getContext().set(AtlasContext.PATIENT, patientId);
        part.getTags().add(Parts.ASK_BEFORE_CLOSING);
        GridLayoutFactory.fillDefaults().applyTo(parent);
        editor = new FormEditor(responses, visitId, patientId,
                EditorHost.of(part, () -> events.post(AtlasContext.TOPIC_RECORD_CHANGED, patientId)));
        GridDataFactory.fillDefaults().grab(true, true).applyTo(editor.create(parent));
        offer(parent);
    }

    /** A clinic's form or wording bundle came or went: the list follows (injected again by e4). */
    @Inject
    void formsChanged(@Service List<FormDefinition> registered, @Optional @Service List<FormWording> wording) {
        // a clinic's faulty form is left out here, named, and every other form is offered (issue 21)
        atlas.core.form.ContainedForm.Checked checked = atlas.core.form.ContainedForm.check(registered);
        forms = checked.forms();
        faulty = checked.refused();
        contributed = wording == null ? List.of() : List.copyOf(wording);
        if (editor != null) {
            offer(null);
        }
    }

    /** The clinic's imported wording is read in the background, then the forms are offered with it. */
    private void offer(Composite parent) {
        Composite holder = parent != null ? parent : (Composite) part.getWidget();
        if (holder == null || holder.isDisposed()) {
            return;
        }
        List<FormDefinition> offered = forms;
        List<String> leftOut = faulty;
        InBackground.run(holder, Messages.form_title, () -> new Offer(ClinicWording.of(contributed, imported),
                baselineAgain()), read -> editor.offer(offered, read.wording(), read.baselineAgain(), leftOut),
                e -> Problems.show(holder.getShell(), Messages.form_title, e));
    }

    /** The clinic's wording, and the baseline forms a re-evaluation asks again (issue 18). */
    private record Offer(List<FormWording> wording, List<String> baselineAgain) {
    }

    /** The forms of the episode's baseline, when this tab's visit is a re-evaluation; read in the background. */
    private List<String> baselineAgain() throws atlas.core.store.StoreException {
        for (atlas.core.episode.EpisodeOfCare episode : episodes.episodesOf(patientId)) {
            List<atlas.core.episode.Visit> visits = episodes.visitsOf(episode.getId());
            if (visits.stream().anyMatch(visit -> visit.getId() == visitId)) {
                return BaselineForms.toRepeat(visits, responses.responsesOf(patientId), visitId);
            }
        }
        return List.of();
    }

    /** Ctrl+S, File > Save, closing the tab or quitting: the answers are stored. */
    @Persist
    void save() {
        editor.saveNow();
    }

    @Focus
    void focus() {
        editor.focus();
    }
}
