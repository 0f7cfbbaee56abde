package atlas.core.form;

/** A response is a draft while being filled and final once scored and saved for good. */
public enum FormStatus {
    DRAFT, FINAL
}
