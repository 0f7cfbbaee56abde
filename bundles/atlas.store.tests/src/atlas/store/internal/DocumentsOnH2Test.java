package atlas.store.internal;

/** Documents received, on the embedded H2 database. */
class DocumentsOnH2Test extends DocumentsContract {

    @Override
    Backend backend() {
        return Backend.H2;
    }
}
