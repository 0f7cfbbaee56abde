package atlas.ui.tests;

import static atlas.ui.tests.Workbench.onUi;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.eclipse.e4.core.commands.ECommandService;
import org.eclipse.e4.core.commands.EHandlerService;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.ui.model.application.ui.basic.MBasicFactory;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.services.IServiceConstants;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.junit.jupiter.api.Test;

import atlas.core.episode.Diagnosis;
import atlas.core.episode.EpisodeOfCare;
import atlas.core.episode.EpisodeService;
import atlas.core.episode.Visit;
import atlas.core.episode.VisitType;
import atlas.core.patient.Patient;
import atlas.core.patient.PatientService;
import atlas.core.patient.Sex;
import atlas.core.security.Permission;
import atlas.core.security.Role;
import atlas.core.security.UserAccount;
import atlas.ui.AtlasContext;

/**
 * Role-aware commands: with a patient, an episode, a visit and a record in front of them, each role
 * finds exactly the commands enabled that the role table (Role.allows, which the services check)
 * grants - no Audit Trail for the front desk or the therapist, no record, chart or form for the
 * administrator or the front desk. The services keep their own checks (RolePermissionsContract).
 */
class RoleCommandsUiTest {

    /** What each command needs; the handlers must agree with this and with the role table. */
    private static final Map<String, Permission> NEEDS = Map.ofEntries(
            Map.entry("atlas.patients.command.openRecord", Permission.CLINICAL_READ),
            Map.entry("atlas.patients.command.register", Permission.DEMOGRAPHICS),
            Map.entry("atlas.patients.command.startEpisode", Permission.VISITS),
            Map.entry("atlas.patients.command.addVisit", Permission.VISITS),
            Map.entry("atlas.patients.command.bookVisit", Permission.VISITS),
            Map.entry("atlas.patients.command.bookSeries", Permission.VISITS),
            Map.entry("atlas.patients.command.weekCalendar", Permission.VISITS),
            Map.entry("atlas.patients.command.editReferral", Permission.VISITS),
            Map.entry("atlas.patients.command.referrers", Permission.DEMOGRAPHICS),
            Map.entry("atlas.patients.command.dayList", Permission.VISITS),
            Map.entry("atlas.patients.command.documents", Permission.VISITS),
            Map.entry("atlas.patients.command.recall", Permission.VISITS),
            Map.entry("atlas.patients.command.screenRedFlags", Permission.CLINICAL_WRITE),
            Map.entry("atlas.patients.command.signNote", Permission.SIGN),
            Map.entry("atlas.patients.command.addAddendum", Permission.CLINICAL_WRITE),
            Map.entry("atlas.patients.command.editPatient", Permission.DEMOGRAPHICS),
            Map.entry("atlas.patients.command.discharge", Permission.CLINICAL_WRITE),
            Map.entry("atlas.patients.command.reopen", Permission.CLINICAL_WRITE),
            Map.entry("atlas.assessments.command.fillForm", Permission.CLINICAL_WRITE),
            Map.entry("atlas.assessments.command.diary", Permission.CLINICAL_READ),
            Map.entry("atlas.plans.command.plan", Permission.CLINICAL_READ),
            Map.entry("atlas.plans.command.given", Permission.CLINICAL_WRITE),
            Map.entry("atlas.outcomes.command.patient", Permission.CLINICAL_READ),
            Map.entry("atlas.outcomes.command.progressReport", Permission.CLINICAL_READ),
            Map.entry("atlas.outcomes.command.dischargeSummary", Permission.CLINICAL_READ),
            Map.entry("atlas.outcomes.command.evaluationLetter", Permission.CLINICAL_READ),
            Map.entry("atlas.outcomes.command.dischargeLetter", Permission.CLINICAL_READ),
            Map.entry("atlas.outcomes.command.clinic", Permission.CLINICAL_READ),
            Map.entry("atlas.admin.command.audit", Permission.READ_AUDIT),
            Map.entry("atlas.admin.command.exportPatient", Permission.EXPORT_RECORD),
            Map.entry("atlas.admin.command.pseudonymise", Permission.PATIENT_RIGHTS),
            Map.entry("atlas.admin.command.users", Permission.MANAGE_USERS),
            Map.entry("atlas.admin.command.recoveryKey", Permission.MANAGE_USERS),
            Map.entry("atlas.admin.command.changeKey", Permission.MANAGE_USERS),
            Map.entry("atlas.admin.command.backupPlan", Permission.BACK_UP),
            Map.entry("atlas.admin.command.questionnaireWording", Permission.CONFIGURE_CLINIC),
            Map.entry("atlas.admin.command.clinicDetails", Permission.CONFIGURE_CLINIC),
            Map.entry("atlas.admin.command.firstDay", Permission.CONFIGURE_CLINIC),
            Map.entry("atlas.app.command.backUp", Permission.BACK_UP));

    @Test
    void eachRoleFindsEnabledExactlyWhatItsPermissionsAllow() throws Exception {
        Display display = Workbench.mainShell().getDisplay();
        Workbench.databaseReady();
        PatientService patients = Workbench.service(PatientService.class);
        EpisodeService episodes = Workbench.service(EpisodeService.class);
        Patient patient = patients.register(new Patient("ROLE-" + Long.toString(System.nanoTime(), 36).toUpperCase(),
                "Rolle", "Rita", LocalDate.of(1971, 7, 7), Sex.FEMALE));
        EpisodeOfCare episode = new EpisodeOfCare(patient.getId(), LocalDate.now(), "GP", LocalDate.now());
        episode.setDiagnoses(new ArrayList<>(List.of(Diagnosis.icd10("G44.2", "Tension-type headache"))));
        episode = episodes.start(episode);
        Visit visit = episodes.addVisit(new Visit(patient.getId(), episode.getId(), LocalDateTime.now().withNano(0),
                null, VisitType.DAILY));
        Workbench.executeLater(display, "atlas.patients.command.openRecord",
                Map.of("atlas.patients.commandparameter.patientId", Long.toString(patient.getId())));
        Composite record = Workbench.record(display, "Rolle, Rita");
        Object recordPart = onUi(display, () -> Workbench.partsNow().getParts().stream()
                .filter(part -> part.getWidget() == record).findFirst().orElseThrow().getObject());
        long episodeId = episode.getId();
        try {
            List<String> wrong = new ArrayList<>();
            Map<Role, Integer> enabledCount = new TreeMap<>();
            IEclipseContext workbench = Workbench.application().getContext();
            for (Role role : Role.values()) {
                UserAccount user = new UserAccount("probe." + role, "Probe", role);
                display.syncExec(() -> {
                    IEclipseContext probe = workbench.getActiveLeaf().createChild("role probe");
                    MPart active = MBasicFactory.INSTANCE.createPart();
                    active.setObject(recordPart);
                    probe.set(IServiceConstants.ACTIVE_PART, active);
                    probe.set(AtlasContext.USER, user);
                    probe.set(AtlasContext.PATIENT, patient.getId());
                    probe.set(AtlasContext.EPISODE, episodeId);
                    probe.set(AtlasContext.VISIT, visit);
                    ECommandService commands = probe.get(ECommandService.class);
                    EHandlerService handlers = probe.get(EHandlerService.class);
                    int enabled = 0;
                    for (Map.Entry<String, Permission> need : NEEDS.entrySet()) {
                        Map<String, String> parameters = need.getKey().endsWith("openRecord")
                                ? Map.of("atlas.patients.commandparameter.patientId", Long.toString(patient.getId()))
                                : null;
                        boolean can = handlers.canExecute(commands.createCommand(need.getKey(), parameters), probe);
                        if (can != role.allows(need.getValue())) {
                            wrong.add(role + " " + need.getKey() + (can ? " enabled" : " disabled"));
                        }
                        enabled += can ? 1 : 0;
                    }
                    enabledCount.put(role, enabled);
                    probe.dispose();
                });
            }
            assertEquals(List.of(), wrong, "commands whose enablement disagrees with the role table");
            assertFalse(Role.FRONT_DESK.allows(Permission.READ_AUDIT));
            assertTrue(enabledCount.values().stream().allMatch(count -> count > 0), enabledCount.toString());
        } finally {
            Workbench.closeRecords();
        }
    }
}
