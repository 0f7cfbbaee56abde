package atlas.store.internal;

/** The auditor's and the patient's requests on an embedded H2 file. */
class PatientRightsOnH2Test extends PatientRightsContract {

    @Override
    Backend backend() {
        return Backend.H2;
    }
}
