package atlas.store.internal;

/** Patients brought in from FHIR into a shared PostgreSQL server. */
class FhirImportOnPostgresTest extends FhirImportContract {

    @Override
    Backend backend() {
        return Backend.POSTGRES;
    }
}
