package atlas.store.internal;

/** Record numbers given by the clinic's pattern on a shared PostgreSQL server. */
class RecordNumberingOnPostgresTest extends RecordNumberingContract {

    @Override
    Backend backend() {
        return Backend.POSTGRES;
    }
}
