package atlas.core.document;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/**
 * A document printed from a patient's record - a home programme, a progress report, a discharge
 * summary - kept as the PDF that was handed out, in the record (the encrypted database), never as
 * a plain file beside it. Never changed once kept.
 */
@Entity
@Table(name = "PATIENT_DOCUMENT")
public class PatientDocument {

    public static final int FILE_NAME_MAX = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "patientDocumentIds")
    @SequenceGenerator(name = "patientDocumentIds", sequenceName = "PATIENT_DOCUMENT_SEQ", allocationSize = 50)
    @Column(name = "ID")
    private Long id;

    @Column(name = "PATIENT_ID", nullable = false)
    private long patientId;

    @Enumerated(EnumType.STRING)
    @Column(name = "KIND", length = 30, nullable = false)
    private DocumentKind kind;

    @Column(name = "FILE_NAME", length = FILE_NAME_MAX, nullable = false)
    private String fileName;

    @Column(name = "CREATED_AT", nullable = false)
    private long createdAtMillis;

    @Column(name = "CREATED_BY", length = 40, nullable = false)
    private String createdBy;

    @Lob
    @Column(name = "CONTENT", nullable = false)
    private byte[] content;

    protected PatientDocument() {
    }

    public PatientDocument(long patientId, DocumentKind kind, String fileName, Instant createdAt, String createdBy,
            byte[] content) {
        this.patientId = patientId;
        this.kind = kind;
        this.fileName = fileName;
        this.createdAtMillis = createdAt.toEpochMilli();
        this.createdBy = createdBy;
        this.content = content.clone();
    }

    public Long getId() {
        return id;
    }

    public long getPatientId() {
        return patientId;
    }

    public DocumentKind getKind() {
        return kind;
    }

    public String getFileName() {
        return fileName;
    }

    public Instant getCreatedAt() {
        return Instant.ofEpochMilli(createdAtMillis);
    }

    public String getCreatedBy() {
        return createdBy;
    }

    /** The PDF as it was handed out. */
    public byte[] getContent() {
        return content.clone();
    }
}
