package atlas.store.internal;

/** The clinical store on an embedded H2 file, as on a single clinic PC. */
class ClinicalStoreOnH2Test extends ClinicalStoreContract {

    @Override
    Backend backend() {
        return Backend.H2;
    }
}
