package atlas.store.internal;

/** The clinical record services on an embedded H2 file. */
class ClinicalRecordOnH2Test extends ClinicalRecordContract {

    @Override
    Backend backend() {
        return Backend.H2;
    }
}
