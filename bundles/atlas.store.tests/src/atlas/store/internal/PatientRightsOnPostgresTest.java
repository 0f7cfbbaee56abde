package atlas.store.internal;

/** The auditor's and the patient's requests on a shared PostgreSQL server. */
class PatientRightsOnPostgresTest extends PatientRightsContract {

    @Override
    Backend backend() {
        return Backend.POSTGRES;
    }
}
