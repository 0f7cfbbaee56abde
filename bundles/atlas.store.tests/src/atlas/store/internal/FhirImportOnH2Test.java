package atlas.store.internal;

/** Patients brought in from FHIR into an embedded H2 file. */
class FhirImportOnH2Test extends FhirImportContract {

    @Override
    Backend backend() {
        return Backend.H2;
    }
}
