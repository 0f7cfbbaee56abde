package atlas.store.internal;

/** A patient's whole record as FHIR, read from an embedded H2 file. */
class FhirExportOnH2Test extends FhirExportContract {

    @Override
    Backend backend() {
        return Backend.H2;
    }
}
