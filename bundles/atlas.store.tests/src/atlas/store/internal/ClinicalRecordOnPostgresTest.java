package atlas.store.internal;

/** The clinical record services on a shared PostgreSQL server. */
class ClinicalRecordOnPostgresTest extends ClinicalRecordContract {

    @Override
    Backend backend() {
        return Backend.POSTGRES;
    }
}
