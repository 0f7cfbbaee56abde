package atlas.store.internal;

/** A patient's whole record as FHIR, read from a shared PostgreSQL server. */
class FhirExportOnPostgresTest extends FhirExportContract {

    @Override
    Backend backend() {
        return Backend.POSTGRES;
    }
}
