package atlas.store.internal;

/** Documents received, on the shared PostgreSQL server. */
class DocumentsOnPostgresTest extends DocumentsContract {

    @Override
    Backend backend() {
        return Backend.POSTGRES;
    }
}
