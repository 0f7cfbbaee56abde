package atlas.plans.ui;

import java.util.List;
import java.util.stream.Collectors;

import jakarta.inject.Named;

import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.e4.core.services.events.IEventBroker;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;

import atlas.ui.Permitted;
import atlas.core.security.Permission;
import atlas.core.dates.ClinicDates;
import atlas.core.clinician.Clinician;
import atlas.core.episode.EpisodeOfCare;
import atlas.core.episode.EpisodeService;
import atlas.core.patient.PatientRecordService;
import atlas.api.plan.InterventionCatalogue;
import atlas.core.plan.PlanOfCareService;
import atlas.core.security.UserAccount;
import atlas.core.security.UserService;
import atlas.core.store.StoreException;
import atlas.outcomes.PatientOutcomes;
import atlas.ui.AtlasContext;
import atlas.ui.InBackground;
import atlas.ui.Problems;

/** Plan > Plan of Care (Ctrl+Shift+P) of the active episode of the patient whose record is active. */
public class PlanHandler {

    @CanExecute
    boolean anEpisodeIsActive(@Optional @Named(AtlasContext.EPISODE) Long episodeId,
            @Optional @Named(AtlasContext.USER) UserAccount user) {
        return episodeId != null && Permitted.may(user, Permission.CLINICAL_READ);
    }

    @Execute
    void openPlan(Shell shell, @Named(AtlasContext.PATIENT) Long patientId, @Named(AtlasContext.EPISODE) Long episodeId,
            @Optional @Named(AtlasContext.PATIENT_NAME) String patientName,
            @Optional @Named(AtlasContext.CLINICIAN) Clinician clinician, @Service PlanOfCareService plans,
            @Service PatientRecordService records, @Optional @Service List<InterventionCatalogue> clinicCatalogues,
            @Service EpisodeService episodes, @Optional @Named(AtlasContext.USER) UserAccount user,
            @Service UserService users, @Service atlas.core.document.PatientDocumentService documents,
            @Service atlas.core.clinic.ClinicService clinic, IEventBroker events) {
        InBackground.run(shell, Messages.plan_title, () -> Opening.read(patientId, episodeId, records, episodes, clinic),
                opening -> {
                    PlanDialog dialog = new PlanDialog(shell, plans, opening.outcomes(), patientId, episodeId,
                            clinician == null ? 0 : clinician.getId(),
                            clinicCatalogues == null ? List.of() : clinicCatalogues);
                    dialog.signedBy(users, user);
                    dialog.forHandout(patientName == null ? "" : patientName,
                            clinician == null ? "" : clinician.getDisplayName(), documents, opening.clinicLine());
                    opening.episode().ifPresent(episode -> dialog.describeEpisode(NLS.bind(Messages.plan_episode,
                            ClinicDates.forPlatform().date(episode.getStartDate()),
                            episode.getDiagnoses().stream().map(Object::toString).map(String::strip)
                                    .collect(Collectors.joining(", ")))));
                    dialog.open();
                    events.post(AtlasContext.TOPIC_RECORD_CHANGED, patientId);
                }, e -> Problems.show(shell, Messages.plan_title, e));
    }

    /**
     * What the plan is opened with, read in the background: the results the goals are judged on
     * (scores, PSFS activities, the diary; reading the record is audited), the clinic's line for
     * the handout, and the episode.
     */
    private record Opening(PatientOutcomes outcomes, String clinicLine, java.util.Optional<EpisodeOfCare> episode) {

        static Opening read(long patientId, long episodeId, PatientRecordService records, EpisodeService episodes,
                atlas.core.clinic.ClinicService clinic) throws StoreException {
            PatientOutcomes outcomes = records.open(patientId).map(PatientOutcomes::of)
                    .orElseGet(() -> new PatientOutcomes(List.of(), List.of(), List.of()));
            return new Opening(outcomes, clinic.details().oneLine(), episodes.episodesOf(patientId).stream()
                    .filter(episode -> episode.getId() == episodeId).findFirst());
        }
    }
}
