package atlas.benchmarks;

import java.util.ArrayList;
import java.util.List;

import atlas.core.patient.Patient;
import atlas.core.security.Session;
import atlas.demo.DemoHistories;
import atlas.store.internal.JpaClinicalDatabase;
import atlas.store.internal.records.JpaClinicalNoteService;
import atlas.store.internal.records.JpaEpisodeService;
import atlas.store.internal.records.JpaFormResponseService;
import atlas.store.internal.records.JpaHeadacheDiaryService;
import atlas.store.internal.records.JpaPatientService;
import atlas.store.internal.records.JpaPlanOfCareService;
import atlas.store.internal.records.JpaRedFlagService;

/** How the benchmarks fill a clinic: patients in transactions of 1,000, the services histories are written with. */
final class BenchClinic {

    private static final int PER_TRANSACTION = 1000;

    private BenchClinic() {
    }

    /** Registers {@code all}, 1,000 to a transaction; returns their ids only (the entities are let go). */
    static List<Long> register(JpaPatientService patients, List<Patient> all) throws atlas.core.store.StoreException {
        List<Long> ids = new ArrayList<>(all.size());
        for (int from = 0; from < all.size(); from += PER_TRANSACTION) {
            for (Patient stored : patients.registerAll(all.subList(from, Math.min(all.size(), from + PER_TRANSACTION)))) {
                ids.add(stored.getId());
            }
        }
        return ids;
    }

    /** The form service with the built-in forms, installed as DS installs them in Atlas. */
    static JpaFormResponseService forms(JpaClinicalDatabase database, Session session) {
        JpaFormResponseService forms = new JpaFormResponseService(database, session);
        atlas.forms.internal.BuiltInForms.all().forEach(forms::addForm);
        return forms;
    }

    /**
     * {@code count} therapists, registered as clinicians ("bench0", ...), each writing demo histories
     * through the services of {@link #histories(JpaClinicalDatabase)}; their clinician ids in {@code ids}.
     */
    static DemoHistories[] therapists(JpaClinicalDatabase database, long[] ids) throws atlas.core.store.StoreException {
        DemoHistories.Services services = histories(database);
        DemoHistories[] therapists = new DemoHistories[ids.length];
        for (int t = 0; t < ids.length; t++) {
            ids[t] = new atlas.store.internal.records.JpaClinicianService(database, BenchSession.of(database))
                    .register(new atlas.core.clinician.Clinician("bench" + t, "Bench Therapist " + t + ", PT", null))
                    .getId();
            therapists[t] = new DemoHistories(services, ids[t]);
        }
        return therapists;
    }

    /**
     * A year's history (12 visits, 60 diary days) for {@code count} of the {@code patients} registered,
     * picked at random, by the therapists in turn - none is booked twice at once (the store refuses
     * it); returns the records written.
     */
    static int histories(DemoHistories[] therapists, JpaPatientService register, int count, int patients, long seed,
            java.time.LocalDate today) throws atlas.core.store.StoreException {
        int records = 0;
        java.util.SplittableRandom pick = new java.util.SplittableRandom(seed);
        for (int i = 0; i < count; i++) {
            Patient patient = register.search(atlas.core.patient.PatientQuery.all(), pick.nextInt(patients), 1).get(0);
            records += therapists[i % therapists.length].write(patient, seed, today, 1, 12, 60, false);
        }
        return records;
    }

    /** The services demo histories are written through, working as the benchmark ({@link BenchSession}). */
    static DemoHistories.Services histories(JpaClinicalDatabase database) {
        return new DemoHistories.Services(new JpaEpisodeService(database, BenchSession.of(database)),
                new JpaClinicalNoteService(database, BenchSession.of(database)), forms(database, BenchSession.of(database)),
                new JpaHeadacheDiaryService(database, BenchSession.of(database)),
                new JpaPlanOfCareService(database, BenchSession.of(database)),
                new JpaRedFlagService(database, BenchSession.of(database)));
    }
}
