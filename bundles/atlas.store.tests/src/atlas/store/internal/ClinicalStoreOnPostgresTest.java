package atlas.store.internal;

/** The clinical store on a shared PostgreSQL server, as in a clinic with several workstations. */
class ClinicalStoreOnPostgresTest extends ClinicalStoreContract {

    @Override
    Backend backend() {
        return Backend.POSTGRES;
    }
}
