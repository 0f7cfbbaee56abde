package atlas.core.note;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** A correction or addition to a signed note; never changed once written. */
@Entity
@Table(name = "NOTE_ADDENDUM")
public class NoteAddendum {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "noteAddendumIds")
    @SequenceGenerator(name = "noteAddendumIds", sequenceName = "NOTE_ADDENDUM_SEQ", allocationSize = 50)
    @Column(name = "ID")
    private Long id;

    @Column(name = "NOTE_ID", nullable = false)
    private long noteId;

    @Column(name = "AUTHOR_ID", nullable = false)
    private long authorId;

    @Column(name = "WRITTEN_AT", nullable = false)
    private long writtenAtMillis;

    @Column(name = "TEXT", length = ClinicalNote.SECTION_MAX, nullable = false)
    private String text;

    protected NoteAddendum() {
    }

    public NoteAddendum(long noteId, long authorId, Instant writtenAt, String text) {
        this.noteId = noteId;
        this.authorId = authorId;
        this.writtenAtMillis = writtenAt.toEpochMilli();
        this.text = text;
    }

    /** Its text: required, at most a note section's length - for an addendum written here and one imported alike. */
    public java.util.List<atlas.api.validation.FieldError> validate() {
        return new atlas.core.validation.FieldRules().requiredText("text", "Addendum", text, ClinicalNote.SECTION_MAX)
                .errors();
    }

    public Instant writtenAt() {
        return Instant.ofEpochMilli(writtenAtMillis);
    }

    public Long getId() {
        return id;
    }

    public long getNoteId() {
        return noteId;
    }

    public long getAuthorId() {
        return authorId;
    }

    public long getWrittenAtMillis() {
        return writtenAtMillis;
    }

    public String getText() {
        return text;
    }
}
