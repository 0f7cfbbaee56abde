package atlas.demo;

import java.time.LocalDate;
import java.util.List;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import atlas.core.clinician.Clinician;
import atlas.core.clinician.ClinicianService;
import atlas.core.diary.HeadacheDiaryService;
import atlas.core.episode.EpisodeService;
import atlas.core.form.FormResponseService;
import atlas.core.note.ClinicalNoteService;
import atlas.core.patient.Patient;
import atlas.core.patient.PatientService;
import atlas.core.plan.PlanOfCareService;
import atlas.core.redflag.RedFlagScreening;
import atlas.core.redflag.RedFlagService;
import atlas.core.security.SystemTask;
import atlas.core.security.SystemTasks;
import atlas.core.security.UserAccount;
import atlas.core.security.UserService;
import atlas.core.store.DatabaseOpened;
import atlas.core.store.StoreException;

/**
 * The demo clinic of the launcher's --demo option ({@code -Datlas.demo=true}): 24 synthetic
 * patients, each with a year of care (an episode a year ago, discharged, and one in treatment now;
 * each with a plan, visits with signed notes, forms submitted as answers, and a headache diary),
 * written through the services into an empty database so that every screen has something to show.
 * It contributes itself to the start ({@link DatabaseOpened}); Atlas does not know it, and an
 * installation without this bundle has no demo. The writing runs as the system task "demo data",
 * which the audit trail names.
 */
@Component(service = DatabaseOpened.class)
public class DemoClinic implements DatabaseOpened {

    /** {@code -Datlas.demo=true} (the launcher's --demo) fills an empty database with the demo clinic. */
    static final String DEMO_PROPERTY = "atlas.demo";

    private static final Logger LOG = LoggerFactory.getLogger(DemoClinic.class);
    static final int PATIENTS = 24;
    static final long SEED = 2026;

    @Reference
    private PatientService patients;
    @Reference
    private UserService users;
    @Reference
    private SystemTasks systemTasks;
    @Reference
    private ClinicianService clinicians;
    @Reference
    private EpisodeService episodes;
    @Reference
    private ClinicalNoteService notes;
    @Reference
    private FormResponseService forms;
    @Reference
    private HeadacheDiaryService diary;
    @Reference
    private PlanOfCareService plans;
    @Reference
    private RedFlagService redFlags;

    @Override
    public void opened() throws StoreException {
        if (Boolean.getBoolean(DEMO_PROPERTY)) {
            systemTasks.run(SystemTask.DEMO_DATA, this::seedIfEmpty);
        }
    }

    /**
     * Fills an empty database (with the demo accounts, then the records for the demo therapist);
     * leaves one with patients, or with a clinic's own accounts, untouched. Returns the patients
     * written.
     */
    int seedIfEmpty() throws StoreException {
        java.util.Optional<UserAccount> therapist = DemoAccounts.ensure(users, clinicians);
        if (therapist.isEmpty()) {
            LOG.info("Demo clinic not written: the database has its own accounts");
            return 0;
        }
        return seedAs();
    }

    private int seedAs() throws StoreException {
        if (patients.count() > 0) {
            return 0;
        }
        long started = System.nanoTime();
        LocalDate today = LocalDate.now();
        List<Patient> registered = patients.registerAll(DemoPatients.create(PATIENTS, SEED, today));
        Clinician therapist = clinicians.findByUsername("demo.therapist").orElse(null);
        if (therapist == null) {
            therapist = clinicians.register(new Clinician("demo.therapist", "Maria Lehmann, PT", "physiotherapist"));
        }
        DemoHistories histories = new DemoHistories(
                new DemoHistories.Services(episodes, notes, forms, diary, plans, redFlags), therapist.getId());
        int records = 0;
        for (Patient patient : registered) {
            records += histories.write(patient, SEED, today, 1, 12, 40, false);
            records += histories.writeCurrent(patient, SEED, today, 6);
        }
        // one flag acknowledged, one still open: the banner and the red-flag gate have something to show
        RedFlagScreening dizziness = redFlags.record(new RedFlagScreening(registered.get(0).getId(),
                today.minusDays(3).atTime(9, 0), therapist.getId(), List.of("cad_dizziness")));
        redFlags.acknowledge(dizziness.getId(), therapist.getId(),
                "Dizziness on rising only; vertebral artery tests negative; GP informed.");
        redFlags.record(new RedFlagScreening(registered.get(1).getId(), today.minusDays(1).atTime(10, 0),
                therapist.getId(), List.of("pattern_change")));
        records += 2;
        LOG.info("Demo clinic: {} patients with {} records of care in {} ms", registered.size(), records,
                (System.nanoTime() - started) / 1_000_000);
        return registered.size();
    }
}
