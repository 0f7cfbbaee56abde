package atlas.core.form;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A questionnaire's licensed wording that a clinic imported (Administration > Questionnaire Wording),
 * kept in the clinical database for every workstation: the checked wording file as it was read
 * ({@link WordingFile}), for one form and one language, with whose wording it is.
 */
@Entity
@Table(name = "FORM_WORDING")
public class ImportedWording {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "formWordingIds")
    @SequenceGenerator(name = "formWordingIds", sequenceName = "FORM_WORDING_SEQ", allocationSize = 50)
    @Column(name = "ID")
    private Long id;

    @Version
    @Column(name = "VERSION")
    private long version;

    @Column(name = "FORM_ID", length = 80, nullable = false)
    private String formId;

    @Column(name = "LANGUAGE", length = 10, nullable = false)
    private String language;

    @Column(name = "OWNER", length = 200, nullable = false)
    private String owner;

    /** The wording file's text (UTF-8 properties), read again with {@link WordingFile#read}. */
    @Column(name = "CONTENT", length = 60000, nullable = false)
    private String content;

    @Column(name = "IMPORTED_AT", nullable = false)
    private long importedAtMillis;

    @Column(name = "IMPORTED_BY", length = 40, nullable = false)
    private String importedBy;

    protected ImportedWording() {
    }

    public ImportedWording(WordingFile file, String content, Instant importedAt, String importedBy) {
        this.formId = file.formId();
        this.language = file.language();
        this.owner = file.owner();
        this.content = content;
        this.importedAtMillis = importedAt.toEpochMilli();
        this.importedBy = importedBy;
    }

    public Long getId() {
        return id;
    }

    public String getFormId() {
        return formId;
    }

    public String getLanguage() {
        return language;
    }

    public String getOwner() {
        return owner;
    }

    public String getContent() {
        return content;
    }

    public Instant importedAt() {
        return Instant.ofEpochMilli(importedAtMillis);
    }

    public String getImportedBy() {
        return importedBy;
    }
}
