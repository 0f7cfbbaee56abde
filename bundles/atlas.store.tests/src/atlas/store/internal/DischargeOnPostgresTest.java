package atlas.store.internal;

/** The discharge and the closed episode on a shared PostgreSQL server. */
class DischargeOnPostgresTest extends DischargeContract {

    @Override
    Backend backend() {
        return Backend.POSTGRES;
    }
}
