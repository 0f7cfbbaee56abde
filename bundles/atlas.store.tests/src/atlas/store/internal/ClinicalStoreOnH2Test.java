package atlas.store.internal;

import java.nio.file.Path;

import atlas.core.patient.PatientService;

/** The clinical store on an embedded H2 file, as on a single clinic PC. */
class ClinicalStoreOnH2Test extends ClinicalStoreContract {

    @Override
    DatabaseSettings settings(Path folder) {
        return TestDatabases.h2(folder);
    }

    @Override
    PatientService secondWorkstation() {
        return new JpaPatientService(database);
    }
}
