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

    /** The services demo histories are written through, working as the benchmark ({@link BenchSession}). */
    static DemoHistories.Services histories(JpaClinicalDatabase database) {
        return new DemoHistories.Services(new JpaEpisodeService(database, BenchSession.of(database)),
                new JpaClinicalNoteService(database, BenchSession.of(database)), forms(database, BenchSession.of(database)),
                new JpaHeadacheDiaryService(database, BenchSession.of(database)),
                new JpaPlanOfCareService(database, BenchSession.of(database)),
                new JpaRedFlagService(database, BenchSession.of(database)));
    }
}
