package atlas.store.internal;

import java.nio.file.Path;

import atlas.core.patient.PatientService;

/** The patient register on an embedded H2 file, as on a single clinic PC. */
class PatientRegisterOnH2Test extends PatientRegisterContract {

    @Override
    DatabaseSettings settings(Path folder) {
        return TestDatabases.h2(folder);
    }

    @Override
    PatientService secondWorkstation() {
        return new JpaPatientService(database);
    }
}
