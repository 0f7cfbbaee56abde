package atlas.store.internal;

/** Record numbers given by the clinic's pattern on an embedded H2 file. */
class RecordNumberingOnH2Test extends RecordNumberingContract {

    @Override
    Backend backend() {
        return Backend.H2;
    }
}
