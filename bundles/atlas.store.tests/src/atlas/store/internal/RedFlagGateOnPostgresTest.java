package atlas.store.internal;

/** The red-flag gate on a shared PostgreSQL server. */
class RedFlagGateOnPostgresTest extends RedFlagGateContract {

    @Override
    Backend backend() {
        return Backend.POSTGRES;
    }
}
