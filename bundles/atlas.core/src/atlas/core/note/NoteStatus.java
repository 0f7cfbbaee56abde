package atlas.core.note;

/** A note is a draft until it is signed; a signed note never changes again. */
public enum NoteStatus {
    DRAFT, SIGNED
}
