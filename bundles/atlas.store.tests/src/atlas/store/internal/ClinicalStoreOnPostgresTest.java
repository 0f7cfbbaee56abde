package atlas.store.internal;

import java.nio.file.Files;
import java.nio.file.Path;

import atlas.core.patient.PatientService;

/** The clinical store on a shared PostgreSQL server, as in a clinic with several workstations. */
class ClinicalStoreOnPostgresTest extends ClinicalStoreContract {

    private DatabaseSettings shared;

    @Override
    DatabaseSettings settings(Path folder) throws Exception {
        shared = TestDatabases.freshPostgresSchema(folder);
        return shared;
    }

    @Override
    PatientService secondWorkstation() throws Exception {
        Path otherFolder = Files.createDirectories(dataFolder.resolve("second-workstation"));
        return new JpaPatientService(open(DatabaseSettings.server(otherFolder, shared.jdbcUrl(), shared.user(),
                shared.password())));
    }
}
